package org.newsarchive.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.article.Contributor;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.source.ObservedSource;

/**
 * A full web page of any outlet, as a browser or a crawler saves it: one article, read by
 * {@link PageExtractor}. Tried last, so that a parser that knows an outlet's own pages
 * reads them first. The outlet is the one the page names, at the page's own address.
 */
class WebPageParser implements FormatParser {

	/**
	 * A document's opening: a doctype, {@code <html>} or {@code <head>}, after a byte
	 * order mark, an XML declaration and comments.
	 */
	private static final Pattern DOCUMENT_START = Pattern.compile(
			"^\\uFEFF?\\s*+(?:<\\?xml[^>]{0,200}>\\s*+)?(?:<!--.{0,500}?-->\\s*+){0,5}<(?:!doctype\\s++html|html|head)[\\s>]",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final int OPENING = 2_000;

	/**
	 * The address a browser writes into the page it saves:
	 * {@code <!-- saved from url=(0044)https://… -->}.
	 */
	private static final Pattern SAVED_FROM = Pattern.compile("<!-- saved from url=\\(\\d{4}\\)(\\S{1,2000}?) -->");

	private final PageExtractor extractor = new PageExtractor();

	@Override
	public String name() {
		return "web-page";
	}

	@Override
	public boolean recognises(String text) {
		return DOCUMENT_START.matcher(text.substring(0, Math.min(text.length(), OPENING))).find();
	}

	@Override
	public ReadFile read(String text) {
		Matcher savedFrom = SAVED_FROM.matcher(text.substring(0, Math.min(text.length(), OPENING)));
		String address = savedFrom.find() ? savedFrom.group(1) : null;
		return ReadFile.of(page(null, text, new Capture(address, null)));
	}

	/**
	 * The article of one page.
	 * @param entry the page's place in its file (a WARC record id), or null where the
	 * page is the whole file
	 * @param capture where and when the page was fetched, as far as the file says
	 * @throws UnreadableFileException where the page is the whole file and has no
	 * headline, no text, or nothing to tell its outlet by; a page of a larger file is
	 * rejected as an entry instead
	 */
	ReadEntry page(String entry, String html, Capture capture) {
		ExtractedPage page = this.extractor.extract(html, capture.address());
		String text = page.text();
		String reason = null;
		String language = language(page);
		String url = Optional.ofNullable(page.canonicalUrl())
			.filter((u) -> u.startsWith("http"))
			.orElse(capture.address());
		Optional<ObservedSource> source = (url != null) ? ObservedSource.ofUrl(url, page.siteName(), language)
				: Optional.empty();
		if (source.isEmpty() && page.siteName() != null) {
			source = Optional.of(ObservedSource.ofName(page.siteName(), null, language));
		}
		if (page.title() == null || page.title().isBlank()) {
			reason = "the page has no headline (no <title>, og:title, JSON-LD headline or <h1>)";
		}
		else if (text.isEmpty() || text.equals(page.title())) {
			// Readability falls back to the whole body, which on an empty page is the
			// <title> it read the headline from.
			reason = "the page has no readable article text";
		}
		else if (source.isEmpty()) {
			reason = "the page names no outlet: it has no address of its own (canonical link, og:url) "
					+ "and no site name (og:site_name, JSON-LD publisher, a name its <title> adds to the headline)";
		}
		if (reason != null) {
			if (entry == null) {
				throw new UnreadableFileException(reason);
			}
			return ReadEntry.rejected(entry, reason);
		}
		List<Contributor> contributors = page.authors()
			.stream()
			.map((author) -> new Contributor(author, Contributor.Role.AUTHOR))
			.toList();
		ParsedArticle article = new ParsedArticle(source.get().slug(), page.title(), null, url, null, contributors,
				published(page.published()), capture.capturedAt(), List.of(language), page.lede(), page.body(),
				page.images(), 0, List.of(), name());
		return ReadEntry.item(entry, article, source.get());
	}

	/**
	 * The script the text is observed in where it is Chinese ({@code zh-Hans},
	 * {@code zh-Hant}: pages often declare only {@code zh} or a wrong region), else the
	 * language the page declares.
	 */
	private static String language(ExtractedPage page) {
		String observed = ObservedLanguage.of(page.title() + page.text());
		if (!observed.equals("und") || page.language() == null) {
			return observed;
		}
		return page.language();
	}

	private static Published published(PageTime time) {
		if (time == null) {
			return null;
		}
		String evidence = time.evidence();
		Published published = switch (time.value()) {
			case OffsetDateTime stated -> Published.stated(stated, time.precision(), evidence);
			case LocalDateTime withoutZone ->
				Published.statedWithoutZone(withoutZone, time.precision(), evidence + ", which states no time zone");
			case LocalDate day -> Published.statedDay(day, evidence);
			default -> throw new IllegalArgumentException("a page time is a day, a local or an offset time");
		};
		return evidence.equals(PageExtractor.FIRST_DATE_IN_TEXT)
				? new Published(published.value(), published.precision(), true, published.evidence()) : published;
	}

	/**
	 * Where and when a page was fetched.
	 *
	 * @param address the address it was fetched from, or null
	 * @param capturedAt when it was fetched, or null
	 */
	record Capture(String address, Instant capturedAt) {

	}

}
