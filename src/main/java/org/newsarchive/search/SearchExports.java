package org.newsarchive.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import com.google.common.collect.Lists;
import org.apache.commons.csv.CSVPrinter;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleListing;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.Published;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes every article a search finds as CSV or as a JSON array, a batch of articles at a
 * time: an export of the whole archive never sits in memory, and each batch costs the
 * same few queries however many rows it has.
 */
@Component
class SearchExports {

	static final String[] CSV_HEADER = { "id", "title", "other_title", "source_slug", "source_name", "published",
			"precision", "inferred", "authors", "url", "people", "languages" };

	/** Lets Excel see that the file is UTF-8, so Chinese opens readable. */
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/**
	 * Articles read and written at a time: each batch costs three statements however big
	 * it is, and on a busy machine every statement waits for PostgreSQL's turn.
	 */
	private static final int BATCH = 2_000;

	private final ArticleQueries articles;

	private final JsonMapper json;

	private final int batch;

	@Autowired
	SearchExports(ArticleQueries articles, JsonMapper json) {
		this(articles, json, BATCH);
	}

	SearchExports(ArticleQueries articles, JsonMapper json, int batch) {
		this.articles = articles;
		this.json = json;
		this.batch = batch;
	}

	void csv(List<Long> ids, Writer out) throws IOException {
		out.write(BYTE_ORDER_MARK);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get();
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			for (List<Long> batch : Lists.partition(ids, this.batch)) {
				for (ArticleListing article : this.articles.listings(batch)) {
					// A cell at a time: printRecord would build an array and a stream of
					// cells for every row.
					Published published = article.published();
					csv.print(article.id());
					csv.print(cell(article.title()));
					csv.print(cell(article.otherTitle()));
					csv.print(article.source().slug());
					csv.print(cell(article.source().name()));
					csv.print((published != null) ? published.value() : null);
					csv.print((published != null) ? published.precision() : null);
					csv.print((published != null) ? published.inferred() : null);
					csv.print(cell(authors(article.authors())));
					csv.print(cell(article.url()));
					csv.print(cell(people(article.people())));
					csv.print(String.join("; ", article.languages()));
					csv.println();
				}
				csv.flush();
			}
		}
	}

	/**
	 * Text from an ingested file as a spreadsheet cell: one that starts like a formula
	 * gets a leading apostrophe, so that opening the export never runs what a file
	 * smuggled in.
	 */
	static String cell(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/**
	 * The rows as Jackson would write the {@link ArticleListing} records, field by field:
	 * binding each row as a POJO took most of a JSON export's time.
	 */
	void json(List<Long> ids, OutputStream out) {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartArray();
			for (List<Long> batch : Lists.partition(ids, this.batch)) {
				for (ArticleListing article : this.articles.listings(batch)) {
					write(article, generator);
				}
				generator.flush();
			}
			generator.writeEndArray();
		}
	}

	private static void write(ArticleListing article, JsonGenerator json) {
		json.writeStartObject();
		json.writeNumberProperty("id", article.id());
		json.writeStringProperty("title", article.title());
		json.writeStringProperty("otherTitle", article.otherTitle());
		json.writeObjectPropertyStart("source");
		json.writeStringProperty("slug", article.source().slug());
		json.writeStringProperty("name", article.source().name());
		json.writeEndObject();
		Published published = article.published();
		if (published == null) {
			json.writeNullProperty("published");
		}
		else {
			json.writeObjectPropertyStart("published");
			json.writeStringProperty("value", published.value());
			json.writeStringProperty("precision", published.precision().name());
			json.writeBooleanProperty("inferred", published.inferred());
			json.writeStringProperty("evidence", published.evidence());
			json.writeEndObject();
		}
		json.writeArrayPropertyStart("authors");
		for (Contributor author : article.authors()) {
			json.writeStartObject();
			json.writeStringProperty("name", author.name());
			json.writeStringProperty("role", author.role().name());
			json.writeStringProperty("otherName", author.otherName());
			json.writeStringProperty("email", author.email());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeStringProperty("url", article.url());
		json.writeArrayPropertyStart("people");
		for (EntityRef entity : article.people()) {
			json.writeStartObject();
			json.writeNumberProperty("id", entity.id());
			json.writeStringProperty("name", entity.name());
			json.writeStringProperty("type", entity.type());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("languages");
		for (String language : article.languages()) {
			json.writeString(language);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static String authors(List<Contributor> authors) {
		return authors.stream()
			.map((author) -> author.name() + " (" + author.role().name().toLowerCase(Locale.ROOT) + ")")
			.collect(Collectors.joining("; "));
	}

	private static String people(List<EntityRef> people) {
		return people.stream().map(EntityRef::name).collect(Collectors.joining("; "));
	}

}
