package org.newsarchive.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How common each word and Han bigram is in news at large, from a corpus of 26,000
 * articles ({@code story/term-frequencies.tsv}): a small archive cannot tell from its own
 * few articles that {@code 中国} says less about an event than {@code 联络}.
 */
final class TermFrequencies {

	/** Terms rarer than the table holds count as this many articles of the corpus. */
	private static final int RARE = 30;

	private static final TermFrequencies CORPUS = load("/story/term-frequencies.tsv");

	private final Map<String, Integer> counts;

	private final int articles;

	private TermFrequencies(Map<String, Integer> counts, int articles) {
		this.counts = counts;
		this.articles = articles;
	}

	static TermFrequencies corpus() {
		return CORPUS;
	}

	int articles() {
		return this.articles;
	}

	int count(String term) {
		return this.counts.getOrDefault(term, RARE);
	}

	/**
	 * Whether news at large commonly uses the term: the table holds the terms 60 or more
	 * of its articles use.
	 */
	boolean common(String term) {
		return this.counts.containsKey(term);
	}

	private static TermFrequencies load(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(TermFrequencies.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			reader.readLine();
			int articles = Integer.parseInt(reader.readLine().strip());
			Map<String, Integer> counts = new HashMap<>();
			String line;
			while ((line = reader.readLine()) != null) {
				int tab = line.indexOf('\t');
				counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
			}
			return new TermFrequencies(Map.copyOf(counts), articles);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
