package org.newsarchive.entity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class EnumerationsTests {

	@Test
	void theOtherItemsOfAListNamingAPersonArePeople() {
		assertThat(Enumerations.namesListedWith("会见时，石泰峰、李干杰、李书磊等出席。", Set.of("李干杰")::contains)).containsExactly("石泰峰",
				"李书磊");
	}

	@Test
	void aListNamingNobodyKnownNamesNobody() {
		assertThat(Enumerations.namesListedWith("石泰峰、李干杰、李书磊等出席。", Set.of("岸田文雄")::contains)).isEmpty();
	}

	@Test
	void aLongRunOfChineseIsReadInLinearTime() {
		String run = "中".repeat(200_000);
		List<String> names = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> Enumerations.namesListedWith(run + "。石泰峰、李干杰、李书磊等出席。" + run, Set.of("李干杰")::contains));
		assertThat(names).containsExactly("石泰峰", "李书磊");
	}

}
