package org.newsarchive.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns an {@link IndexedArticle} into a Lucene document. Text is stored (snippets are
 * cut from the index) and its postings carry offsets, so the highlighter finds matches
 * without analysing the text again and marks them in the original script.
 */
final class ArticleDocuments {

	private static final FieldType STORED_TEXT = storedTextWithOffsets();

	/**
	 * Paragraphs of one language are joined with a line break, which also ends a snippet
	 * sentence.
	 */
	private static final String BLOCK_SEPARATOR = "\n";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	private ArticleDocuments() {
	}

	static Document toDocument(IndexedArticle article) {
		Document doc = new Document();
		doc.add(new StringField(SearchFields.ID, Long.toString(article.id()), Field.Store.YES));
		// The same field name also carries the id as a number, to break ties in sorting.
		doc.add(new NumericDocValuesField(SearchFields.ID, article.id()));
		doc.add(new StoredField(SearchFields.VERSION, article.version()));
		// The start-up check reads every entry's id and version, which from stored fields
		// means decompressing every stored text.
		doc.add(new NumericDocValuesField(SearchFields.VERSION_VALUE, article.version()));

		texts(article).forEach((field, text) -> {
			doc.add(new Field(field, text, STORED_TEXT));
			if (SearchFields.isChinese(field) && !field.equals(SearchFields.NAMES)) {
				doc.add(new TextField(field + SearchFields.BIGRAMS, text, Field.Store.NO));
			}
		});

		doc.add(new KeywordField(SearchFields.SOURCE, article.sourceSlug(), Field.Store.NO));
		for (String language : article.languages()) {
			doc.add(new KeywordField(SearchFields.LANGUAGE_TAG, language, Field.Store.NO));
		}
		for (String language : matchableLanguages(article)) {
			doc.add(new StringField(SearchFields.LANGUAGE, language, Field.Store.NO));
		}
		for (long person : article.personIds()) {
			doc.add(new LongField(SearchFields.PERSON, person, Field.Store.NO));
		}
		if (article.publishedEarliest() != null) {
			addPublished(doc, article);
		}
		return doc;
	}

	/**
	 * The article's text by field: each kind of text in its Chinese and its English
	 * field, and the names; the searchable text of every engine.
	 */
	static Map<String, String> texts(IndexedArticle article) {
		Map<String, String> texts = new LinkedHashMap<>();
		List<IndexedArticle.Text> titles = new ArrayList<>();
		titles.add(new IndexedArticle.Text(article.title(), article.titleLanguage()));
		if (article.otherTitle() != null) {
			titles.add(new IndexedArticle.Text(article.otherTitle(), article.otherTitleLanguage()));
		}
		addText(texts, SearchFields.TITLE_ZH, SearchFields.TITLE_EN, titles);
		if (article.lede() != null) {
			addText(texts, SearchFields.LEDE_ZH, SearchFields.LEDE_EN,
					List.of(new IndexedArticle.Text(article.lede(), article.titleLanguage())));
		}
		addText(texts, SearchFields.BODY_ZH, SearchFields.BODY_EN, article.body());
		addText(texts, SearchFields.CAPTION_ZH, SearchFields.CAPTION_EN, article.captions());
		List<String> names = new ArrayList<>(article.authorNames());
		names.addAll(article.personNames());
		if (!names.isEmpty()) {
			texts.put(SearchFields.NAMES, String.join(BLOCK_SEPARATOR, names));
		}
		return texts;
	}

	/**
	 * Language tags are case-insensitive: the filter matches them in lower case, each tag
	 * and its primary subtag.
	 */
	static Set<String> matchableLanguages(IndexedArticle article) {
		Set<String> matchable = new LinkedHashSet<>();
		for (String language : article.languages()) {
			String lowerCase = language.toLowerCase(Locale.ROOT);
			matchable.add(lowerCase);
			matchable.add(lowerCase.split("-", 2)[0]);
		}
		return matchable;
	}

	private static void addText(Map<String, String> texts, String chineseField, String englishField,
			List<IndexedArticle.Text> values) {
		String chinese = joined(values, true);
		String english = joined(values, false);
		if (!chinese.isEmpty()) {
			texts.put(chineseField, chinese);
		}
		if (!english.isEmpty()) {
			texts.put(englishField, english);
		}
	}

	private static String joined(List<IndexedArticle.Text> texts, boolean chinese) {
		return texts.stream()
			.filter((text) -> text.isChinese() == chinese && !text.value().isBlank())
			.map(IndexedArticle.Text::value)
			.collect(Collectors.joining(BLOCK_SEPARATOR));
	}

	private static void addPublished(Document doc, IndexedArticle article) {
		doc.add(new NumericDocValuesField(SearchFields.PUBLISHED, article.publishedEarliest()));
		Period period = period(article);
		doc.add(new IntPoint(SearchFields.PUBLISHED_FIRST_DAY, Math.toIntExact(period.first().toEpochDay())));
		doc.add(new IntPoint(SearchFields.PUBLISHED_LAST_DAY, Math.toIntExact(period.last().toEpochDay())));
		if (period.month() != null) {
			doc.add(new KeywordField(SearchFields.MONTH, period.month(), Field.Store.NO));
		}
	}

	/** The days a dated article's publication value covers, and its month where known. */
	static Period period(IndexedArticle article) {
		LocalDate first = firstDay(article.publishedPrecision(), article.publishedValue());
		LocalDate last = switch (article.publishedPrecision()) {
			case "YEAR" -> first.plusYears(1).minusDays(1);
			case "MONTH" -> first.plusMonths(1).minusDays(1);
			default -> first;
		};
		return new Period(first, last, "YEAR".equals(article.publishedPrecision()) ? null : MONTH.format(first));
	}

	/**
	 * The first calendar day of the value. A time counts on the day it shows in its own
	 * offset (what the reader sees), not on the UTC day.
	 */
	private static LocalDate firstDay(String precision, String value) {
		return switch (precision) {
			case "YEAR" -> Year.parse(value).atDay(1);
			case "MONTH" -> YearMonth.parse(value).atDay(1);
			case "DAY" -> LocalDate.parse(value);
			// the day at the time's own offset, or as written where no zone was stated
			case "MINUTE", "SECOND" -> LocalDate.parse(value.substring(0, "2017-06-28".length()));
			default -> throw new IllegalArgumentException("unknown publication precision " + precision);
		};
	}

	private static FieldType storedTextWithOffsets() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/**
	 * @param month {@code 2023-05}, or null for an article dated only to a year
	 */
	record Period(LocalDate first, LocalDate last, String month) {

	}

}
