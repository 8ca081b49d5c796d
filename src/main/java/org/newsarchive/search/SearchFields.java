package org.newsarchive.search;

import java.util.List;
import java.util.Map;

/**
 * Every field name of the article index, and which analyzer reads it. Text comes in two
 * flavours: {@code *_zh} fields are read by {@link ChineseAnalyzer}, {@code *_en} fields
 * by Lucene's English analyzer, both at index and at query time.
 */
final class SearchFields {

	/** The article id as a term, so that an update replaces the earlier document. */
	static final String ID = "id";

	/** The version the database had when the article was indexed. */
	static final String VERSION = "version";

	/**
	 * The version again, as a number by document, read by the start-up check without the
	 * stored text. A field of its own: Lucene does not let the stored field of an index
	 * written before gain doc values.
	 */
	static final String VERSION_VALUE = "version_value";

	static final String TITLE_ZH = "title_zh";

	static final String TITLE_EN = "title_en";

	static final String LEDE_ZH = "lede_zh";

	static final String LEDE_EN = "lede_en";

	static final String BODY_ZH = "body_zh";

	static final String BODY_EN = "body_en";

	static final String CAPTION_ZH = "caption_zh";

	static final String CAPTION_EN = "caption_en";

	/**
	 * Author and people names in any script, read by the Chinese analyzer (which keeps
	 * Latin words).
	 */
	static final String NAMES = "names";

	static final String SOURCE = "source";

	/**
	 * Each language tag of the article and its primary subtag, lower-cased for matching
	 * ({@code zh-hant} and {@code zh}).
	 */
	static final String LANGUAGE = "language";

	/** The full language tags only, for the language facet. */
	static final String LANGUAGE_TAG = "language_tag";

	static final String PERSON = "person";

	/** First instant of the publication value, epoch milliseconds, for sorting. */
	static final String PUBLISHED = "published";

	/**
	 * First and last calendar day (epoch day) the publication value covers, for date
	 * filters.
	 */
	static final String PUBLISHED_FIRST_DAY = "published_first_day";

	static final String PUBLISHED_LAST_DAY = "published_last_day";

	/** {@code 2023-05}, only for articles dated at least to the month. */
	static final String MONTH = "month";

	/**
	 * Suffix of the field that holds a Chinese field's text again as character bigrams
	 * (see {@link ChineseBigramAnalyzer}).
	 */
	static final String BIGRAMS = "_bigrams";

	/** Searched by a user's query, with the weight a match in each carries. */
	static final Map<String, Float> SEARCHED = Map.ofEntries(Map.entry(TITLE_ZH, 3f), Map.entry(TITLE_EN, 3f),
			Map.entry(LEDE_ZH, 1.5f), Map.entry(LEDE_EN, 1.5f), Map.entry(BODY_ZH, 1f), Map.entry(BODY_EN, 1f),
			Map.entry(CAPTION_ZH, 0.5f), Map.entry(CAPTION_EN, 0.5f), Map.entry(NAMES, 2f),
			Map.entry(TITLE_ZH + BIGRAMS, 1.5f), Map.entry(LEDE_ZH + BIGRAMS, 0.75f),
			Map.entry(BODY_ZH + BIGRAMS, 0.5f), Map.entry(CAPTION_ZH + BIGRAMS, 0.25f));

	/**
	 * Where snippets come from, in order of preference: image captions and alternative
	 * texts last, so that a word found only there (Olaf Scholz in an English alt text) is
	 * still shown marked.
	 */
	static final List<String> SNIPPET_SOURCES = List.of(LEDE_ZH, LEDE_EN, BODY_ZH, BODY_EN, CAPTION_ZH, CAPTION_EN);

	private SearchFields() {
	}

	static boolean isBigrams(String field) {
		return field.endsWith(BIGRAMS);
	}

	static boolean isChinese(String field) {
		return field.endsWith("_zh") || field.equals(NAMES);
	}

}
