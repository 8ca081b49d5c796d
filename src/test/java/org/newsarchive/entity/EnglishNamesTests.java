package org.newsarchive.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsarchive.entity.ArticleText.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishNamesTests {

	private final EnglishNames names = new EnglishNames(
			Set.of("NATO", "Japan", "Canada", "US", "Brussels", "Tokyo", "European Commission"));

	@Test
	void findsTitledNamesInAnAltText() {
		String alt = "German Chancellor Olaf Scholz (3R) greets Japan's Prime Minister Fumio Kishida (L), US President "
				+ "Joe Biden (2L) next to NATO Secretary General Jens Stoltenberg (3L) and European Commission President "
				+ "Ursula von der Leyen and Canada's Prime Minister Justin Trudeau (R) during a NATO summit at the "
				+ "alliance's headquarters in Brussels on March 24, 2022.";
		assertThat(this.names.find(segments(alt))).containsExactly("Olaf Scholz", "Fumio Kishida", "Joe Biden",
				"Jens Stoltenberg", "Ursula von der Leyen", "Justin Trudeau");
	}

	@Test
	void organisationsPlacesAndUntitledPhrasesAreNotNames() {
		String alt = "Japan Air Self-Defense Force\"s (JASDF) aerobatic flight team \"Blue Impulse\" performs during "
				+ "an International Fleet Review to commemorate the 70th anniversary, at Sagami Bay, off Yokosuka, "
				+ "south of Tokyo. A speech at Keio University on February 1, 2023.";
		assertThat(this.names.find(segments(alt))).isEmpty();
	}

	@Test
	void anUntitledNameCountsWhenRepeated() {
		assertThat(this.names.find(segments("Peter Taksoe-Jensen said so.", "Later Peter Taksoe-Jensen added.")))
			.containsExactly("Peter Taksoe-Jensen");
	}

	@Test
	void aHeadingRepeatingATitleIsNotAName() {
		assertThat(this.names.find(segments("Example Domain", "Example Domain",
				"This domain is for use in illustrative examples in documents. You may use this domain in literature "
						+ "without prior coordination or asking for permission.")))
			.isEmpty();
	}

	private static List<Segment> segments(String... texts) {
		return Arrays.stream(texts).map((text) -> new Segment(text, text, false, null)).toList();
	}

}
