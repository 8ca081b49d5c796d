package org.newsarchive.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsarchive.article.ArticleMoved;
import org.newsarchive.article.ArticleStored;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The reading pages most asked for (home, an article, a source, a person), as a reader
 * who is not signed in gets them, are kept as sent for a short time (a second by
 * default), so that a page many read at once is rendered once: rendering one costs
 * several statements and milliseconds of template work, sending a kept one next to
 * nothing. Readers asking for a page while it is being rendered wait for that rendering
 * rather than start their own.
 * <p>
 * How stale a kept page can be: an article stored again or moved drops its own page once
 * committed, and any change an administrator makes through the web (a curation, an
 * upload, an import job started) drops every kept page once it has been answered; what
 * changes without either (an import job's articles on the home, source and person pages
 * or among an article's related ones, another instance's changes, a story assigned in the
 * background, a recognition job's people) shows at most {@code archive.pages.cache-time}
 * late. Only pages that are the same for every reader are kept: a signed-in
 * administrator, any address with a query (a page reached from a search has its words
 * marked, a second page of a list) and pages shown while the start-up import runs (they
 * say how far it is) are rendered each time. A kept page carries an {@code ETag}, so a
 * browser asking again for an unchanged page gets a 304.
 */
class PageCache extends OncePerRequestFilter {

	private static final Pattern KEPT = Pattern.compile("/|/articles/\\d{1,18}|/sources/[^/.]+|/people/\\d{1,18}");

	/**
	 * About 2,500 pages of the corpus (13 KB on average) at most, well within the heap.
	 */
	private static final long MAX_BYTES = 32L * 1024 * 1024;

	private final AsyncCache<Key, Page> pages;

	private final LocaleResolver locales;

	private final BooleanSupplier startupImportRunning;

	/** What else an administrator's change makes happen once it has been answered. */
	private final Runnable afterChange;

	/** Counts administrators' changes, so that a page rendered during one is not kept. */
	private final AtomicLong changes = new AtomicLong();

	/**
	 * @param keptFor how long a page is kept; zero keeps none
	 * @param ticker the time in nanoseconds
	 * @param locales the interface language a request asks for
	 * @param startupImportRunning whether pages say how far the start-up import is
	 */
	PageCache(Duration keptFor, Ticker ticker, LocaleResolver locales, BooleanSupplier startupImportRunning) {
		this(keptFor, ticker, locales, startupImportRunning, () -> {
		});
	}

	/**
	 * @param keptFor how long a page is kept; zero keeps none
	 * @param ticker the time in nanoseconds
	 * @param locales the interface language a request asks for
	 * @param startupImportRunning whether pages say how far the start-up import is
	 * @param afterChange what else an administrator's change makes happen once it has
	 * been answered (the next search sees everything written)
	 */
	PageCache(Duration keptFor, Ticker ticker, LocaleResolver locales, BooleanSupplier startupImportRunning,
			Runnable afterChange) {
		this.afterChange = afterChange;
		this.pages = keptFor.isPositive() ? Caffeine.newBuilder()
			.expireAfterWrite(keptFor)
			.ticker(ticker)
			.maximumWeight(MAX_BYTES)
			.<Key, Page>weigher((key, page) -> page.body().length)
			.buildAsync() : null;
		this.locales = locales;
		this.startupImportRunning = startupImportRunning;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isSafe(request.getMethod())) {
			boolean administrator = request.getUserPrincipal() != null;
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (administrator) {
					dropAll();
					this.afterChange.run();
				}
			}
			return;
		}
		if (!isKept(request)) {
			chain.doFilter(request, response);
			return;
		}
		Key key = new Key(request.getRequestURI(), this.locales.resolveLocale(request).toLanguageTag());
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> rendering = this.pages.asMap().putIfAbsent(key, mine);
		Page page = (rendering != null) ? rendering.join() : null;
		if (rendering == null) {
			renderAndKeep(key, mine, request, response, chain);
		}
		else if (page != null) {
			send(page, request, response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private void renderAndKeep(Key key, CompletableFuture<Page> mine, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		long changesBefore = this.changes.get();
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		Page page = null;
		try {
			chain.doFilter(request, rendered);
			if (rendered.getStatus() == HttpServletResponse.SC_OK && isHtml(rendered.getContentType())
					&& this.changes.get() == changesBefore) {
				byte[] body = rendered.getContentAsByteArray();
				page = new Page(body, rendered.getContentType(), rendered.getLocale(),
						"\"" + DigestUtils.md5DigestAsHex(body) + "\"");
			}
		}
		finally {
			if (page == null) {
				this.pages.asMap().remove(key, mine);
			}
			// Readers waiting for this rendering send its page, or render their own.
			mine.complete(page);
		}
		if (page != null) {
			rendered.resetBuffer();
			send(page, request, response);
		}
		else {
			rendered.copyBodyToResponse();
		}
	}

	private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		response.setHeader(HttpHeaders.ETAG, page.etag());
		// Kept by a browser, but asked for again each time: a 304 if it is unchanged.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleStored stored) {
		drop(stored.articleId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleMoved moved) {
		drop(moved.articleId());
	}

	private void drop(long article) {
		if (this.pages != null) {
			String path = "/articles/" + article;
			this.pages.asMap().keySet().removeIf((key) -> key.path().equals(path));
		}
	}

	private void dropAll() {
		this.changes.incrementAndGet();
		if (this.pages != null) {
			this.pages.synchronous().invalidateAll();
		}
	}

	/** Whether this request may be given a kept page. */
	private boolean isKept(HttpServletRequest request) {
		return this.pages != null && "GET".equals(request.getMethod()) && request.getQueryString() == null
				&& request.getParameterMap().isEmpty() && request.getUserPrincipal() == null
				&& KEPT.matcher(request.getRequestURI()).matches() && !this.startupImportRunning.getAsBoolean();
	}

	private static boolean isSafe(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
	}

	private static boolean isHtml(String contentType) {
		return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
	}

	/** A page is kept for one address in one interface language. */
	private record Key(String path, String language) {

	}

	private record Page(byte[] body, String contentType, Locale locale, String etag) {

	}

}
