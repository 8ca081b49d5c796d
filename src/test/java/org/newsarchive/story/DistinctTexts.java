package org.newsarchive.story;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Texts that share no word, for articles that must not be one story by chance. */
final class DistinctTexts {

	private DistinctTexts() {
	}

	/** A text of its own for each number, long enough for a signature. */
	static String text(int number) {
		return IntStream.range(0, 40).mapToObj((word) -> word(number * 100 + word)).collect(Collectors.joining(" "));
	}

	/** A word of its own for each number: letters, as digits are no terms. */
	private static String word(int number) {
		StringBuilder word = new StringBuilder("w");
		for (int n = number; n > 0; n /= 26) {
			word.append((char) ('a' + n % 26));
		}
		return word.toString();
	}

}
