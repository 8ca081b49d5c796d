package org.newsarchive.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsarchive.article.ArticleNotFoundException;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.Published;
import org.newsarchive.source.SourceRef;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes every article a search finds as CSV or as a JSON array, one article at a time,
 * so that an export of the whole archive never sits in memory.
 */
@Component
class SearchExports {

	static final String[] CSV_HEADER = { "id", "title", "other_title", "source_slug", "source_name", "published",
			"precision", "inferred", "authors", "url", "people", "languages" };

	/** Lets Excel see that the file is UTF-8, so Chinese opens readable. */
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final ArticleQueries articles;

	private final JsonMapper json;

	SearchExports(ArticleQueries articles, JsonMapper json) {
		this.articles = articles;
		this.json = json;
	}

	void csv(List<Long> ids, Writer out) throws IOException {
		out.write(BYTE_ORDER_MARK);
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get();
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			for (Long id : ids) {
				ExportedArticle article = exported(id);
				if (article != null) {
					Published published = article.published();
					csv.printRecord(article.id(), cell(article.title()), cell(article.otherTitle()),
							article.source().slug(), cell(article.source().name()),
							(published != null) ? published.value() : null,
							(published != null) ? published.precision() : null,
							(published != null) ? published.inferred() : null, cell(authors(article.authors())),
							cell(article.url()),
							cell(article.people().stream().map(EntityRef::name).collect(Collectors.joining("; "))),
							String.join("; ", article.languages()));
					csv.flush();
				}
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
			for (Long id : ids) {
				ExportedArticle article = exported(id);
				if (article != null) {
					generator.writePOJO(article);
					generator.flush();
				}
			}
			generator.writeEndArray();
		}
	}

	/** The article, or null if it was removed since the search ran. */
	private ExportedArticle exported(long id) {
		try {
			return ExportedArticle.of(this.articles.get(id));
		}
		catch (ArticleNotFoundException ex) {
			return null;
		}
	}

	private static String authors(List<Contributor> authors) {
		return authors.stream()
			.map((author) -> author.name() + " (" + author.role().name().toLowerCase(Locale.ROOT) + ")")
			.collect(Collectors.joining("; "));
	}

	/** One article of an export: its JSON, and the columns of its CSV row. */
	record ExportedArticle(long id, String title, String otherTitle, SourceRef source, Published published,
			List<Contributor> authors, String url, List<EntityRef> people, List<String> languages) {

		static ExportedArticle of(ArticleView article) {
			return new ExportedArticle(article.id(), article.title(), article.otherTitle(), article.source(),
					article.published(), article.authors(), article.url(), article.people(), article.languages());
		}

	}

}
