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
		Cursor cursor = new Cursor(text);
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
			cursor.moveTo(1);
		}
		boolean more = true;
		while (more) {
			more = readFrom(cursor, entries, fieldsRead, notes);
		}
		if (!fieldsRead.isEmpty()) {
			notes.add(0, "read from the fields " + String.join(", ", fieldsRead));
		}
		return new ReadFile(entries, notes);
	}

	/**
	 * Reads objects from the cursor until the end of the text or a break in its
	 * structure, and moves the cursor past the break.
	 * @return whether there is more to read after a break
	 */
	private boolean readFrom(Cursor cursor, List<ReadEntry> entries, Set<String> fieldsRead, List<String> notes) {
		boolean inObject = false;
		try (JsonParser parser = JSON.createParser(cursor.text.substring(cursor.offset))) {
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
			return false;
		}
		catch (UnexpectedEndOfInputException ex) {
			if (inObject) {
				entries.add(ReadEntry.rejected(String.valueOf(entries.size()),
						"the file is cut short inside item %d (line %d): the %d whole items before it were read"
							.formatted(entries.size(), cursor.line(ex.getLocation()), entries.size())));
			}
			else {
				notes.add("the file ends before its array is closed; every item in it was whole");
			}
			return false;
		}
		catch (JacksonException ex) {
			int line = cursor.line(ex.getLocation());
			int at = cursor.offsetOf(ex.getLocation());
			int opening = opening(cursor, at);
			if (opening >= 0) {
				notes.add("an array or object left open at line %d, where another begins; reading went on there"
					.formatted(line));
				if (inObject) {
					entries.add(ReadEntry.rejected(String.valueOf(entries.size()),
							"item %d is cut short where another array or object begins (line %d)"
								.formatted(entries.size(), line)));
				}
				cursor.moveTo(opening);
				return true;
			}
			int next = nextObjectLine(cursor.text, at);
			if (inObject) {
				entries.add(ReadEntry.rejected(String.valueOf(entries.size()),
						"item %d is not valid JSON (line %d, column %d); reading went on at the next object"
							.formatted(entries.size(), line, ex.getLocation().getColumnNr())));
			}
			else if (entries.isEmpty() && next < 0) {
				throw new UnreadableFileException("the text starts like JSON but is not JSON (line %d, column %d)"
					.formatted(line, ex.getLocation().getColumnNr()));
			}
			if (next < 0) {
				return false;
			}
			cursor.moveTo(next);
			return true;
		}
	}

	/**
	 * Where a new array or object begins at the place the parser stopped (it reports the
	 * character it stopped at or the one after), or -1.
	 */
	private static int opening(Cursor cursor, int at) {
		for (int candidate = at - 1; candidate <= at; candidate++) {
			if (candidate > cursor.offset && candidate < cursor.text.length()
					&& (cursor.text.charAt(candidate) == '[' || cursor.text.charAt(candidate) == '{')) {
				return candidate;
			}
		}
		return -1;
	}

	/**
	 * The next line after a place that begins with an object: dumps put one object on a
	 * line or start each on a line of its own, so reading can go on there after a broken
	 * item. -1 where there is none.
	 */
	private static int nextObjectLine(String text, int from) {
		for (int lineEnd = text.indexOf('\n', Math.max(from, 0)); lineEnd >= 0; lineEnd = text.indexOf('\n',
				lineEnd + 1)) {
			int at = lineEnd + 1;
			while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
				at++;
			}
			if (at < text.length() && text.charAt(at) == '{') {
				return at;
			}
		}
		return -1;
	}

	/** A place in the text, with its line, as reading goes on after breaks. */
	private static final class Cursor {

		private final String text;

		private int offset;

		/** The line of {@link #offset}, from 1. */
		private int firstLine = 1;

		Cursor(String text) {
			this.text = text;
		}

		void moveTo(int target) {
			for (int i = this.offset; i < target; i++) {
				if (this.text.charAt(i) == '\n') {
					this.firstLine++;
				}
			}
			this.offset = target;
		}

		/**
		 * The line in the whole text of a location the parser reports from the cursor.
		 */
		int line(TokenStreamLocation location) {
			return this.firstLine + location.getLineNr() - 1;
		}

		/**
		 * The place in the whole text of a location the parser reports from the cursor.
		 */
		int offsetOf(TokenStreamLocation location) {
			int lineStart = this.offset;
			for (int line = 1; line < location.getLineNr(); line++) {
				int lineEnd = this.text.indexOf('\n', lineStart);
				if (lineEnd < 0) {
					return this.text.length();
				}
				lineStart = lineEnd + 1;
			}
			return Math.min(this.text.length(), lineStart + location.getColumnNr() - 1);
		}

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
