package org.newsarchive.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsarchive.story.StoryFilter;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The parameters of {@code /stories}, named and checked as the search page's filters are:
 * {@code source} (any number), {@code from} and {@code to} (year-month-day, inclusive),
 * {@code sort} ({@code recent} or {@code largest}) and {@code page} (from 1).
 */
public record StoryListRequest(Set<String> source, LocalDate from, LocalDate to, String sort, Integer page) {

	public StoryListRequest {
		source = (source != null) ? Set.copyOf(source) : Set.of();
	}

	/** The filter, or a {@link BadParameterException} naming what is wrong. */
	StoryFilter filter() {
		for (LocalDate day : new LocalDate[] { this.from, this.to }) {
			if (day != null && (day.getYear() < 1 || day.getYear() > 9999)) {
				throw new BadParameterException("error.parameter.dateRange");
			}
		}
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new BadParameterException("error.parameter.fromAfterTo");
		}
		return new StoryFilter(this.source, this.from, this.to);
	}

	public boolean largest() {
		if (this.sort == null || this.sort.isBlank()) {
			return false;
		}
		return switch (this.sort.strip().toLowerCase(Locale.ROOT)) {
			case "recent" -> false;
			case "largest" -> true;
			default -> throw new BadParameterException("error.parameter.storySort");
		};
	}

	/** The page asked for, counted from 0. */
	int pageIndex() {
		if (this.page != null && this.page < 1) {
			throw new BadParameterException("error.parameter.page");
		}
		return (this.page != null) ? this.page - 1 : 0;
	}

	/** This list in another order, from its first page. */
	public String withSort(String order) {
		return link(order);
	}

	/** This list from its first page: the base the pager adds {@code page} to. */
	public String base() {
		return link(this.sort);
	}

	/** This list without one outlet. */
	public String withoutSource(String slug) {
		Set<String> others = this.source.stream().filter((s) -> !s.equals(slug)).collect(Collectors.toSet());
		return new StoryListRequest(others, this.from, this.to, this.sort, null).base();
	}

	private String link(String order) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/stories");
		this.source.stream().sorted().forEach((slug) -> uri.queryParam("source", slug));
		if (this.from != null) {
			uri.queryParam("from", this.from);
		}
		if (this.to != null) {
			uri.queryParam("to", this.to);
		}
		if (order != null && !order.isBlank()) {
			uri.queryParam("sort", order);
		}
		return uri.encode().build().toUriString();
	}

}
