package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsarchive.article.Block;
import org.newsarchive.article.Contributor;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data dumps of articles in JSON: an array of objects, arrays or objects back to back, or
 * one object per line (JSON Lines). Crawlers' dumps are often cut short or appended to
 * without care: every whole object is read, and what is not whole is reported as an entry
 * of its own. Entries are the objects' positions in the file, from 0.
 */
class JsonDumpParser implements FormatParser {

	/** Reads one object at a time of a stream that goes on after it. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private static final Pattern JSON_START = Pattern.compile("^\\uFEFF?\\s*[\\[{]");

	/** The field names dumps use for each fact, the most usual first. */
	private static final Map<String, List<String>> FIELDS = Map.of("title", List.of("title", "headline"), "body",
			List.of("content", "body", "text", "articlebody"), "date",
			List.of("date", "datetime", "published", "pubdate", "datepublished"), "url", List.of("url", "link"), "site",
			List.of("website", "source", "publisher"), "author", List.of("author", "byline"), "section",
			List.of("category", "section"));

	@Override
	public String name() {
		return "json-dump";
	}

	@Override
	public boolean recognises(String text) {
		return JSON_START.matcher(text).find();
	}

	@Override
	public ReadFile read(String text) {
		List<ReadEntry> entries = new ArrayList<>();
		Set<String> fieldsRead = new LinkedHashSet<>();
		List<String> notes = new ArrayList<>();
		int from = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? 1 : 0;
		while (from >= 0) {
			from = readFrom(text, from, entries, fieldsRead, notes);
		}
		if (!fieldsRead.isEmpty()) {
			notes.add(0, "read from the fields " + String.join(", ", fieldsRead));
		}
		return new ReadFile(entries, notes);
	}

	/**
	 * Reads objects from a place in the text until its end or a break in its structure.
	 * @return where reading goes on after a break (a new array or object that begins
	 * where a separator was due), or -1 at the end
	 */
	private int readFrom(String text, int from, List<ReadEntry> entries, Set<String> fieldsRead, List<String> notes) {
		boolean inObject = false;
		try (JsonParser parser = JSON.createParser(text.substring(from))) {
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token == JsonToken.START_OBJECT) {
					inObject = true;
					JsonNode object = JSON.readTree(parser);
					inObject = false;
					entries.add(item(String.valueOf(entries.size()), object, fieldsRead));
				}
				else if (token.isScalarValue()) {
					entries.add(ReadEntry.rejected(String.valueOf(entries.size()), "item " + entries.size() + " is "
							+ token.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", not an object"));
				}
			}
			return -1;
		}
		catch (UnexpectedEndOfInputException ex) {
			if (inObject) {
				entries.add(ReadEntry.rejected(String.valueOf(entries.size()),
						"the file is cut short inside item %d (line %d): the %d whole items before it were read"
							.formatted(entries.size(), ex.getLocation().getLineNr(), entries.size())));
			}
			else {
				notes.add("the file ends before its array is closed; every item in it was whole");
			}
			return -1;
		}
		catch (JacksonException ex) {
			int at = breakAt(text, from, ex.getLocation());
			if (at > from) {
				notes.add("an array or object left open at line %d, where another begins; reading went on there"
					.formatted(ex.getLocation().getLineNr()));
				if (inObject) {
					entries.add(ReadEntry.rejected(String.valueOf(entries.size()),
							"item %d is cut short where another array or object begins (line %d)"
								.formatted(entries.size(), ex.getLocation().getLineNr())));
				}
				return at;
			}
			entries.add(ReadEntry.rejected(String.valueOf(entries.size()),
					"the file is not valid JSON from item %d on (line %d, column %d); the items before it were read"
						.formatted(entries.size(), ex.getLocation().getLineNr(), ex.getLocation().getColumnNr())));
			return -1;
		}
	}

	/**
	 * Where a new array or object begins at the place the parser stopped, counted from
	 * the line and column it reports; or -1 where something else broke the text there.
	 */
	private static int breakAt(String text, int from, TokenStreamLocation location) {
		int lineStart = from;
		for (int line = 1; line < location.getLineNr() && lineStart >= 0; line++) {
			lineStart = text.indexOf('\n', lineStart) + 1;
			if (lineStart == 0) {
				return -1;
			}
		}
		for (int at = lineStart + location.getColumnNr() - 2; at <= lineStart + location.getColumnNr() - 1; at++) {
			if (at > from && at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '{')) {
				return at;
			}
		}
		return -1;
	}

	private ReadEntry item(String entry, JsonNode object, Set<String> fieldsRead) {
		Set<String> read = new LinkedHashSet<>();
		String title = Whitespace.normalise(field(object, "title", read).orElse(""));
		if (title.isEmpty()) {
			return ReadEntry.rejected(entry, "item " + entry + " has no title (" + fieldNames("title") + ")");
		}
		List<String> paragraphs = field(object, "body", read).stream()
			.flatMap((body) -> body.lines())
			.map(Whitespace::normalise)
			.filter((paragraph) -> !paragraph.isEmpty())
			.toList();
		String language = ObservedLanguage.of(title + String.join("", paragraphs));
		String url = field(object, "url", read).map(String::strip).filter((u) -> !u.isEmpty()).orElse(null);
		String site = field(object, "site", read).map(Whitespace::normalise).filter((s) -> !s.isEmpty()).orElse(null);
		Optional<ObservedSource> source = (url != null) ? ObservedSource.ofUrl(url, site, language) : Optional.empty();
		if (source.isEmpty() && site != null) {
			source = Optional.of(ObservedSource.ofName(site, null, language));
		}
		if (source.isEmpty()) {
			return ReadEntry.rejected(entry, "item " + entry + " names no outlet: it has no address with a host ("
					+ fieldNames("url") + ") and no site (" + fieldNames("site") + ")");
		}
		List<String> warnings = new ArrayList<>();
		Published published = null;
		Optional<String> date = field(object, "date", read);
		if (date.isPresent()) {
			published = StatedDates.parse(date.get(), "the \"" + lastRead(read) + "\" field").orElse(null);
			if (published == null) {
				warnings.add("the date \"" + ImportBounds.field(date.get()) + "\" is not one the archive reads");
			}
		}
		List<Contributor> authors = texts(object, "author", read).stream()
			.map(Whitespace::normalise)
			.filter((name) -> !name.isEmpty())
			.map((name) -> new Contributor(name, Contributor.Role.AUTHOR, null, null))
			.toList();
		String section = field(object, "section", read).map(Whitespace::normalise)
			.filter((s) -> !s.isEmpty())
			.orElse(null);
		fieldsRead.addAll(read);
		List<Block> body = paragraphs.stream().map((p) -> Block.paragraph(p, language)).toList();
		return ReadEntry.item(entry, new ParsedArticle(source.get().slug(), title, null, url, section, authors,
				published, null, List.of(language), null, body, List.of(), 0, warnings, name()), source.get());
	}

	/**
	 * The first of a fact's field names the object has with text in it, as text; an
	 * object's {@code name} (a publisher as JSON-LD writes it), an array's texts joined.
	 */
	private static Optional<String> field(JsonNode object, String fact, Set<String> read) {
		for (String property : object.propertyNames()) {
			if (FIELDS.get(fact).contains(property.toLowerCase(Locale.ROOT))) {
				Optional<String> value = text(object.get(property));
				if (value.isPresent()) {
					read.add(property);
					return value;
				}
			}
		}
		return Optional.empty();
	}

	/** Like {@link #field}, with each text of an array on its own. */
	private static List<String> texts(JsonNode object, String fact, Set<String> read) {
		for (String property : object.propertyNames()) {
			JsonNode value = object.get(property);
			if (FIELDS.get(fact).contains(property.toLowerCase(Locale.ROOT)) && value.isArray()) {
				List<String> texts = value.values()
					.stream()
					.map(JsonDumpParser::text)
					.flatMap(Optional::stream)
					.toList();
				if (!texts.isEmpty()) {
					read.add(property);
					return texts;
				}
			}
		}
		return field(object, fact, read).map(List::of).orElse(List.of());
	}

	private static Optional<String> text(JsonNode value) {
		if (value.isString() || value.isNumber()) {
			return Optional.of(value.asString());
		}
		if (value.isObject()) {
			return Optional.ofNullable(value.get("name")).flatMap(JsonDumpParser::text);
		}
		if (value.isArray()) {
			List<String> texts = value.values().stream().map(JsonDumpParser::text).flatMap(Optional::stream).toList();
			return texts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", texts));
		}
		return Optional.empty();
	}

	private static String lastRead(Set<String> read) {
		return read.stream().reduce((first, second) -> second).orElseThrow();
	}

	private static String fieldNames(String fact) {
		return String.join(", ", FIELDS.get(fact));
	}

}
