package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.newsarchive.article.ArticleMoved;
import org.newsarchive.article.ArticleStored;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which pages are kept, for how long, and what drops them: a fake clock and a page that
 * counts its renderings stand in for the application.
 */
class PageCacheTests {

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicInteger renderings = new AtomicInteger();

	private final AtomicBoolean startupImportRunning = new AtomicBoolean();

	private final PageCache cache = new PageCache(Duration.ofSeconds(1), this.nanos::get,
			new WebConfiguration().localeResolver(), this.startupImportRunning::get);

	@Test
	void aReadersSecondVisitWithinTheSecondIsTheKeptPage() throws Exception {
		MockHttpServletResponse first = get(anonymous("/articles/7"));
		this.nanos.addAndGet(Duration.ofMillis(999).toNanos());
		MockHttpServletResponse second = get(anonymous("/articles/7"));
		assertThat(this.renderings).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo("page 1 of /articles/7 in en");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("Content-Language")).isEqualTo("en");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).startsWith("\"");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(second.getHeader("Vary")).isEqualTo("Accept-Language, Cookie");
	}

	@Test
	void aPageIsRenderedAgainASecondAfterItWasKept() throws Exception {
		get(anonymous("/articles/7"));
		this.nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(get(anonymous("/articles/7")).getContentAsString()).isEqualTo("page 2 of /articles/7 in en");
	}

	@Test
	void aMatchingETagIsAnsweredWithNotModified() throws Exception {
		String etag = get(anonymous("/articles/7")).getHeader("ETag");
		MockHttpServletRequest again = anonymous("/articles/7");
		again.addHeader("If-None-Match", etag);
		MockHttpServletResponse response = get(again);
		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.getHeader("ETag")).isEqualTo(etag);
		MockHttpServletRequest other = anonymous("/articles/7");
		other.addHeader("If-None-Match", "\"something else\"");
		assertThat(get(other).getStatus()).isEqualTo(200);
	}

	@Test
	void eachInterfaceLanguageHasItsOwnPage() throws Exception {
		MockHttpServletRequest chinese = anonymous("/articles/7");
		chinese.addHeader("Accept-Language", "zh-CN");
		chinese.addPreferredLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		get(anonymous("/articles/7"));
		assertThat(get(chinese).getContentAsString()).isEqualTo("page 2 of /articles/7 in zh");
		assertThat(get(anonymous("/articles/7")).getContentAsString()).isEqualTo("page 1 of /articles/7 in en");
	}

	@Test
	void signedInAdministratorsSearchesAndOtherPagesAreNeverKept() throws Exception {
		MockHttpServletRequest admin = anonymous("/articles/7");
		admin.setUserPrincipal(() -> "admin");
		get(admin);
		get(admin);
		MockHttpServletRequest fromSearch = anonymous("/articles/7");
		fromSearch.setQueryString("q=%E5%8C%97%E7%BA%A6");
		fromSearch.setParameter("q", "北约");
		get(fromSearch);
		get(fromSearch);
		get(anonymous("/articles/7/original"));
		get(anonymous("/articles/7/original"));
		get(anonymous("/search"));
		get(anonymous("/search"));
		get(anonymous("/sources/bbc.atom"));
		get(anonymous("/sources/bbc.atom"));
		assertThat(this.renderings).hasValue(10);
		assertThat(get(admin).getHeader("ETag")).isNull();
	}

	@Test
	void theHomeSourceAndPersonPagesAreKeptToo() throws Exception {
		for (String path : new String[] { "/", "/sources/bbc-chinese", "/people/12" }) {
			get(anonymous(path));
			assertThat(get(anonymous(path)).getContentAsString())
				.isEqualTo("page " + this.renderings.get() + " of " + path + " in en");
		}
		assertThat(this.renderings).hasValue(3);
	}

	@Test
	void nothingIsKeptWhileTheStartupImportRuns() throws Exception {
		this.startupImportRunning.set(true);
		get(anonymous("/articles/7"));
		get(anonymous("/articles/7"));
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void aPageThatIsNotFoundIsNotKept() throws Exception {
		FilterChain notFound = (request, response) -> {
			this.renderings.incrementAndGet();
			((HttpServletResponse) response).sendError(404);
		};
		this.cache.doFilter(anonymous("/articles/8"), new MockHttpServletResponse(), notFound);
		this.cache.doFilter(anonymous("/articles/8"), new MockHttpServletResponse(), notFound);
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void anAdministratorsChangeDropsEveryKeptPage() throws Exception {
		get(anonymous("/articles/7"));
		get(anonymous("/articles/9"));
		MockHttpServletRequest curation = new MockHttpServletRequest("POST", "/api/admin/people/3/type");
		curation.setUserPrincipal(() -> "admin");
		this.cache.doFilter(curation, new MockHttpServletResponse(), (request, response) -> {
		});
		assertThat(get(anonymous("/articles/7")).getContentAsString()).isEqualTo("page 3 of /articles/7 in en");
		assertThat(get(anonymous("/articles/9")).getContentAsString()).isEqualTo("page 4 of /articles/9 in en");
	}

	@Test
	void aRefusedAnonymousPostDropsNothing() throws Exception {
		get(anonymous("/articles/7"));
		this.cache.doFilter(new MockHttpServletRequest("POST", "/api/imports"), new MockHttpServletResponse(),
				(request, response) -> ((HttpServletResponse) response).sendError(401));
		assertThat(get(anonymous("/articles/7")).getContentAsString()).isEqualTo("page 1 of /articles/7 in en");
	}

	@Test
	void aPageRenderedWhileAChangeWasMadeIsNotKept() throws Exception {
		Principal admin = () -> "admin";
		FilterChain changedMeanwhile = (request, response) -> {
			MockHttpServletRequest curation = new MockHttpServletRequest("POST", "/admin/sources/x");
			curation.setUserPrincipal(admin);
			this.cache.doFilter(curation, new MockHttpServletResponse(), (req, res) -> {
			});
			render().doFilter(request, response);
		};
		this.cache.doFilter(anonymous("/articles/7"), new MockHttpServletResponse(), changedMeanwhile);
		assertThat(get(anonymous("/articles/7")).getContentAsString()).isEqualTo("page 2 of /articles/7 in en");
	}

	@Test
	void storingOrMovingAnArticleDropsItsPageOnly() throws Exception {
		get(anonymous("/articles/7"));
		get(anonymous("/articles/9"));
		get(anonymous("/"));
		this.cache.on(new ArticleStored(7, 2, null));
		assertThat(get(anonymous("/articles/7")).getContentAsString()).isEqualTo("page 4 of /articles/7 in en");
		assertThat(get(anonymous("/articles/9")).getContentAsString()).isEqualTo("page 2 of /articles/9 in en");
		assertThat(get(anonymous("/")).getContentAsString()).isEqualTo("page 3 of / in en");
		this.cache.on(new ArticleMoved(9, 3));
		assertThat(get(anonymous("/articles/9")).getContentAsString()).isEqualTo("page 5 of /articles/9 in en");
	}

	@Test
	void aZeroTimeToLiveKeepsNothing() throws Exception {
		PageCache off = new PageCache(Duration.ZERO, this.nanos::get, new WebConfiguration().localeResolver(),
				this.startupImportRunning::get);
		off.doFilter(anonymous("/articles/7"), new MockHttpServletResponse(), render());
		MockHttpServletResponse second = new MockHttpServletResponse();
		off.doFilter(anonymous("/articles/7"), second, render());
		assertThat(this.renderings).hasValue(2);
		assertThat(second.getHeader("ETag")).isNull();
	}

	private MockHttpServletResponse get(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request, response, render());
		return response;
	}

	/**
	 * The application: a page naming how many pages it rendered, for what, in which
	 * language.
	 */
	private FilterChain render() {
		return (request, response) -> {
			int count = this.renderings.incrementAndGet();
			String language = new WebConfiguration().localeResolver()
				.resolveLocale((jakarta.servlet.http.HttpServletRequest) request)
				.getLanguage();
			response.setLocale(java.util.Locale.forLanguageTag(language));
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream()
				.write(("page " + count + " of " + ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI()
						+ " in " + language)
					.getBytes(StandardCharsets.UTF_8));
		};
	}

	private static MockHttpServletRequest anonymous(String path) {
		return new MockHttpServletRequest("GET", path);
	}

}
