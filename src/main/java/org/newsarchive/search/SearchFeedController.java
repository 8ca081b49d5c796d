package org.newsarchive.search;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.newsarchive.source.SourceCatalog;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom feeds: any search ({@code /search.atom} takes the parameters of {@code /search})
 * and each source. A person's feed is the search {@code /search.atom?person={id}}.
 */
@RestController
class SearchFeedController {

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	private final SearchFeeds feeds;

	private final SourceCatalog sources;

	private final MessageSource messages;

	private final FeedAddresses addresses;

	SearchFeedController(SearchFeeds feeds, SourceCatalog sources, MessageSource messages, FeedAddresses addresses) {
		this.feeds = feeds;
		this.sources = sources;
		this.messages = messages;
		this.addresses = addresses;
	}

	@GetMapping(path = "/search.atom", produces = ATOM)
	String search(@ModelAttribute SearchRequest request, HttpServletRequest http, Locale locale) {
		String title = (request.q() != null && !request.q().isBlank())
				? this.messages.getMessage("feed.search.title", new Object[] { request.q().strip() }, locale)
				: this.messages.getMessage("feed.all.title", null, locale);
		return this.feeds.atom(request, title,
				this.addresses.links(http, new SearchLinks(request).withSort(request.sort())), locale);
	}

	@GetMapping(path = "/sources/{slug}.atom", produces = ATOM)
	String source(@PathVariable String slug, HttpServletRequest http, Locale locale) {
		String name = this.sources.bySlug(slug).getName();
		SearchRequest request = new SearchRequest(null, Set.of(slug), null, null, null, null, null, null, null, null,
				null);
		return this.feeds.atom(request, this.messages.getMessage("feed.source.title", new Object[] { name }, locale),
				this.addresses.links(http, "/sources/" + slug), locale);
	}

}
