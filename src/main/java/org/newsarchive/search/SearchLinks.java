package org.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * URLs for the search page's controls: the current search with one thing changed. Facet
 * links add a filter, chips remove one, and every change returns to the first page.
 */
public record SearchLinks(SearchRequest request) {

	public String withSource(String slug) {
		Set<String> sources = new LinkedHashSet<>(this.request.source());
		sources.add(slug);
		return build(sources, this.request.person(), this.request.from(), this.request.to(), this.request.lang(),
				this.request.sort(), null);
	}

	public String withoutSource(String slug) {
		Set<String> sources = new LinkedHashSet<>(this.request.source());
		sources.remove(slug);
		return build(sources, this.request.person(), this.request.from(), this.request.to(), this.request.lang(),
				this.request.sort(), null);
	}

	public String withPerson(String id) {
		Set<Long> people = new LinkedHashSet<>(this.request.person());
		people.add(Long.valueOf(id));
		return build(this.request.source(), people, this.request.from(), this.request.to(), this.request.lang(),
				this.request.sort(), null);
	}

	public String withoutPerson(Long id) {
		Set<Long> people = new LinkedHashSet<>(this.request.person());
		people.remove(id);
		return build(this.request.source(), people, this.request.from(), this.request.to(), this.request.lang(),
				this.request.sort(), null);
	}

	/** The results of one month: {@code 2023-05}. */
	public String withMonth(String month) {
		YearMonth ym = YearMonth.parse(month);
		return build(this.request.source(), this.request.person(), ym.atDay(1), ym.atEndOfMonth(), this.request.lang(),
				this.request.sort(), null);
	}

	/** The results of one year. */
	public String withYear(int year) {
		return build(this.request.source(), this.request.person(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				this.request.lang(), this.request.sort(), null);
	}

	/** This page with more values of one facet. */
	public String withMore(String facet) {
		String first = page(1);
		return first + (first.contains("?") ? "&" : "?") + "more="
				+ UriUtils.encodeQueryParam(facet, StandardCharsets.UTF_8);
	}

	/** The links of a search for everything: what the home page's chart leads to. */
	public static SearchLinks everything() {
		return new SearchLinks(new SearchRequest(null, null, null, null, null, null, null, null, null, null, null));
	}

	public String withoutDates() {
		return build(this.request.source(), this.request.person(), null, null, this.request.lang(), this.request.sort(),
				null);
	}

	public String withLang(String lang) {
		return build(this.request.source(), this.request.person(), this.request.from(), this.request.to(), lang,
				this.request.sort(), null);
	}

	public String withoutLang() {
		return withLang(null);
	}

	public String withSort(String sort) {
		return build(this.request.source(), this.request.person(), this.request.from(), this.request.to(),
				this.request.lang(), sort, null);
	}

	public String page(int page) {
		return build(this.request.source(), this.request.person(), this.request.from(), this.request.to(),
				this.request.lang(), this.request.sort(), page);
	}

	/**
	 * The words in the other Chinese script, simplified for traditional and the other way
	 * round, or null where that changes nothing.
	 */
	public String wordsInOtherScript() {
		return ScriptVariants.other(this.request.q());
	}

	/** Whether {@link #wordsInOtherScript()} is in traditional script. */
	public boolean otherScriptIsTraditional() {
		return ScriptVariants.isTraditional(wordsInOtherScript());
	}

	/** The same search with other words. */
	public String withWords(String words) {
		return build(words, this.request.source(), this.request.person(), this.request.from(), this.request.to(),
				this.request.lang(), this.request.sort(), null);
	}

	/** The results of one story: this search filtered by it, ungrouped. */
	public String withStory(long story) {
		return new SearchLinks(with(story, null)).page(1);
	}

	public String withoutStory() {
		return new SearchLinks(with(null, this.request.group())).page(1);
	}

	/** This search grouped by story, or not grouped, from its first page. */
	public String grouped(boolean byStory) {
		return new SearchLinks(with(this.request.story(), byStory ? "story" : null)).page(1);
	}

	private SearchRequest with(Long story, String group) {
		SearchRequest r = this.request;
		return new SearchRequest(r.q(), r.source(), r.from(), r.to(), r.person(), r.lang(), r.sort(), null, r.size(),
				story, group);
	}

	/** This search as an Atom feed of its newest articles. */
	public String feed() {
		return withoutPaging("/search.atom");
	}

	/** Every article this search finds, as CSV. */
	public String csv() {
		return withoutPaging("/search.csv");
	}

	/** Every article this search finds, as a JSON array. */
	public String json() {
		return withoutPaging("/search.json");
	}

	private String withoutPaging(String path) {
		UriComponentsBuilder uri = uri(path, this.request.q(), this.request.source(), this.request.person(),
				this.request.from(), this.request.to(), this.request.lang(), this.request.sort());
		if (this.request.story() != null) {
			uri.queryParam("story", this.request.story());
		}
		return uri.encode().build().toUriString();
	}

	private String build(Set<String> sources, Set<Long> people, LocalDate from, LocalDate to, String lang, String sort,
			Integer page) {
		return build(this.request.q(), sources, people, from, to, lang, sort, page);
	}

	private String build(String q, Set<String> sources, Set<Long> people, LocalDate from, LocalDate to, String lang,
			String sort, Integer page) {
		UriComponentsBuilder uri = uri("/search", q, sources, people, from, to, lang, sort);
		if (this.request.story() != null) {
			uri.queryParam("story", this.request.story());
		}
		if (this.request.group() != null && !this.request.group().isBlank()) {
			uri.queryParam("group", this.request.group());
		}
		if (page != null && page > 1) {
			uri.queryParam("page", page);
		}
		if (this.request.size() != null) {
			uri.queryParam("size", this.request.size());
		}
		return uri.encode().build().toUriString();
	}

	private static UriComponentsBuilder uri(String path, String q, Set<String> sources, Set<Long> people,
			LocalDate from, LocalDate to, String lang, String sort) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (q != null && !q.isBlank()) {
			uri.queryParam("q", q);
		}
		sources.forEach((slug) -> uri.queryParam("source", slug));
		people.forEach((id) -> uri.queryParam("person", id));
		if (from != null) {
			uri.queryParam("from", from);
		}
		if (to != null) {
			uri.queryParam("to", to);
		}
		if (lang != null && !lang.isBlank()) {
			uri.queryParam("lang", lang);
		}
		if (sort != null && !sort.isBlank()) {
			uri.queryParam("sort", sort);
		}
		return uri;
	}

}
