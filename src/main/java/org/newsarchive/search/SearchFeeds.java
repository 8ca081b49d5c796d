package org.newsarchive.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.jsoup.Jsoup;
import org.newsarchive.article.Published;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the first page of a search into an Atom feed. Rome writes the XML, so titles and
 * summaries from ingested files are always escaped text.
 */
@Component
class SearchFeeds {

	private final SearchService search;

	private final MessageSource messages;

	private final Clock clock;

	SearchFeeds(SearchService search, MessageSource messages, Clock clock) {
		this.search = search;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The feed of a search's newest articles, as Atom 1.0 XML.
	 * @param links where the feed and its page are, as absolute URLs
	 * @throws InvalidQueryException for a query that cannot run
	 */
	String atom(SearchRequest request, String title, FeedLinks links, Locale locale) {
		List<SearchResponse.Item> items = this.search.pageOfItems(request.firstPageNewestFirst());
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setUri(links.self());
		feed.setLinks(List.of(link("self", links.self(), "application/atom+xml"),
				link("alternate", links.page(), "text/html")));
		List<SyndEntry> entries = new ArrayList<>();
		for (SearchResponse.Item item : items) {
			entries.add(entry(item, links.base(), locale));
		}
		feed.setEntries(entries);
		feed.setPublishedDate(entries.stream()
			.map(SyndEntry::getUpdatedDate)
			.filter((date) -> date != null)
			.max(Comparator.naturalOrder())
			.orElseGet(() -> Date.from(this.clock.instant())));
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
	}

	private SyndEntry entry(SearchResponse.Item item, String base, Locale locale) {
		SyndEntry entry = new SyndEntryImpl();
		String url = base + "/articles/" + item.id();
		entry.setTitle(item.title());
		entry.setLink(url);
		entry.setUri(url);
		SyndPerson source = new SyndPersonImpl();
		source.setName(item.source().name());
		entry.setAuthors(List.of(source));
		SyndCategory category = new SyndCategoryImpl();
		category.setName(item.source().slug());
		category.setLabel(item.source().name());
		entry.setCategories(List.of(category));
		if (item.published() != null) {
			Date earliest = Date.from(item.published().earliest().toInstant());
			entry.setPublishedDate(earliest);
			entry.setUpdatedDate(earliest);
		}
		SyndContent summary = new SyndContentImpl();
		summary.setType("text");
		summary.setValue(summary(item, locale));
		entry.setDescription(summary);
		return entry;
	}

	/**
	 * The snippet as plain text, and how exact the date is where it is not a stated time.
	 */
	private String summary(SearchResponse.Item item, Locale locale) {
		String text = (item.snippet() != null) ? Jsoup.parse(item.snippet()).text() : "";
		Published published = item.published();
		if (published == null) {
			return text;
		}
		boolean exact = published.precision() == Published.Precision.MINUTE
				|| published.precision() == Published.Precision.SECOND;
		if (exact && !published.inferred()) {
			return text;
		}
		String precision = this.messages.getMessage("feed.precision." + published.precision(), null, locale);
		String date = this.messages.getMessage(published.inferred() ? "feed.dateInferred" : "feed.date",
				new Object[] { published.value(), precision }, locale);
		return text.isEmpty() ? date : text + " (" + date + ")";
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	/**
	 * Absolute URLs of a feed.
	 *
	 * @param base the site's root, without a trailing slash
	 * @param self the feed itself
	 * @param page the HTML page showing the same articles
	 */
	record FeedLinks(String base, String self, String page) {

	}

}
