package org.newsarchive.article;

import java.util.Locale;

/** The order of an article list: by publication time, those without a date last. */
public enum ArticleOrder {

	NEWEST, OLDEST;

	/** The order a request names ({@code newest}, {@code oldest}); newest otherwise. */
	public static ArticleOrder parse(String value) {
		return (value != null && value.strip().toUpperCase(Locale.ROOT).equals(OLDEST.name())) ? OLDEST : NEWEST;
	}

	/** The value of a {@code sort} parameter that asks for this order. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

}
