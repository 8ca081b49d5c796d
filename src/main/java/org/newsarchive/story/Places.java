package org.newsarchive.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The provinces, regions and cities of China (Taiwan's included) that a title may name,
 * from {@code story/places.txt}: two reports whose titles name places, none the same or
 * one within the other, are news of two places however alike their words (each province's
 * daily count), so they are not one story.
 */
final class Places {

	private static final List<Place> PLACES = load("/story/places.txt");

	private Places() {
	}

	/**
	 * Whether both titles name places and no place of one is a place of the other or lies
	 * in it.
	 */
	static boolean apart(String[] aTitleTerms, String[] bTitleTerms) {
		List<Place> inA = named(aTitleTerms);
		if (inA.isEmpty()) {
			return false;
		}
		List<Place> inB = named(bTitleTerms);
		if (inB.isEmpty()) {
			return false;
		}
		for (Place a : inA) {
			for (Place b : inB) {
				if (a == b || a.within() == b || b.within() == a) {
					return false;
				}
			}
		}
		return true;
	}

	private static List<Place> named(String[] titleTerms) {
		List<Place> named = new ArrayList<>();
		for (Place place : PLACES) {
			if (place.namedIn(titleTerms)) {
				named.add(place);
			}
		}
		return named;
	}

	private static List<Place> load(String resource) {
		try (InputStream in = Places.class.getResourceAsStream(resource)) {
			Map<String, Place> places = new HashMap<>();
			List<Place> all = new ArrayList<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> {
					String[] names = line.split(" ");
					Place place = new Place(ArticleFeatures.terms(Tokens.of(names[0])),
							(names.length > 1) ? places.get(names[1]) : null);
					places.put(names[0], place);
					all.add(place);
				});
			return List.copyOf(all);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param bigrams its folded name as title terms: a longer name such as 黑龙江 is two
	 * bigrams, 黑龙 and 龙江
	 * @param within the province-level division a city lies in, or null
	 */
	private record Place(String[] bigrams, Place within) {

		boolean namedIn(String[] titleTerms) {
			for (String bigram : this.bigrams) {
				if (Arrays.binarySearch(titleTerms, bigram) < 0) {
					return false;
				}
			}
			return true;
		}

	}

}
