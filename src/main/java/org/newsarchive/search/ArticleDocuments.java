package org.newsarchive.search;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

		addText(doc, SearchFields.TITLE_ZH, SearchFields.TITLE_EN,
				List.of(new IndexedArticle.Text(article.title(), article.titleLanguage())));
		if (article.otherTitle() != null) {
			addText(doc, SearchFields.TITLE_ZH, SearchFields.TITLE_EN,
					List.of(new IndexedArticle.Text(article.otherTitle(), article.otherTitleLanguage())));
		}
		if (article.lede() != null) {
			addText(doc, SearchFields.LEDE_ZH, SearchFields.LEDE_EN,
					List.of(new IndexedArticle.Text(article.lede(), article.titleLanguage())));
		}
		addText(doc, SearchFields.BODY_ZH, SearchFields.BODY_EN, article.body());
		addText(doc, SearchFields.CAPTION_ZH, SearchFields.CAPTION_EN, article.captions());
		List<String> names = new ArrayList<>(article.authorNames());
		names.addAll(article.personNames());
		if (!names.isEmpty()) {
			doc.add(new Field(SearchFields.NAMES, String.join(BLOCK_SEPARATOR, names), STORED_TEXT));
		}

		doc.add(new KeywordField(SearchFields.SOURCE, article.sourceSlug(), Field.Store.NO));
		// Language tags are case-insensitive: the filter matches them in lower case.
		Set<String> matchable = new LinkedHashSet<>();
		for (String language : article.languages()) {
			doc.add(new KeywordField(SearchFields.LANGUAGE_TAG, language, Field.Store.NO));
			String lowerCase = language.toLowerCase(Locale.ROOT);
			matchable.add(lowerCase);
			matchable.add(lowerCase.split("-", 2)[0]);
		}
		for (String language : matchable) {
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

	private static void addText(Document doc, String chineseField, String englishField,
			List<IndexedArticle.Text> texts) {
		String chinese = joined(texts, true);
		String english = joined(texts, false);
		if (!chinese.isEmpty()) {
			doc.add(new Field(chineseField, chinese, STORED_TEXT));
			doc.add(new TextField(chineseField + SearchFields.BIGRAMS, chinese, Field.Store.NO));
		}
		if (!english.isEmpty()) {
			doc.add(new Field(englishField, english, STORED_TEXT));
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
		LocalDate first = firstDay(article.publishedPrecision(), article.publishedValue());
		LocalDate last = switch (article.publishedPrecision()) {
			case "YEAR" -> first.plusYears(1).minusDays(1);
			case "MONTH" -> first.plusMonths(1).minusDays(1);
			default -> first;
		};
		doc.add(new IntPoint(SearchFields.PUBLISHED_FIRST_DAY, Math.toIntExact(first.toEpochDay())));
		doc.add(new IntPoint(SearchFields.PUBLISHED_LAST_DAY, Math.toIntExact(last.toEpochDay())));
		if (!"YEAR".equals(article.publishedPrecision())) {
			doc.add(new KeywordField(SearchFields.MONTH, MONTH.format(first), Field.Store.NO));
		}
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

}
