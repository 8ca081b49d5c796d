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

	/** Articles read and written at a time. */
	private static final int BATCH = 500;

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
					Published published = article.published();
					csv.printRecord(article.id(), cell(article.title()), cell(article.otherTitle()),
							article.source().slug(), cell(article.source().name()),
							(published != null) ? published.value() : null,
							(published != null) ? published.precision() : null,
							(published != null) ? published.inferred() : null, cell(authors(article.authors())),
							cell(article.url()),
							cell(article.people().stream().map(EntityRef::name).collect(Collectors.joining("; "))),
							String.join("; ", article.languages()));
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

	void json(List<Long> ids, OutputStream out) {
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartArray();
			for (List<Long> batch : Lists.partition(ids, this.batch)) {
				for (ArticleListing article : this.articles.listings(batch)) {
					generator.writePOJO(article);
				}
				generator.flush();
			}
			generator.writeEndArray();
		}
	}

	private static String authors(List<Contributor> authors) {
		return authors.stream()
			.map((author) -> author.name() + " (" + author.role().name().toLowerCase(Locale.ROOT) + ")")
			.collect(Collectors.joining("; "));
	}

}
