package org.newsarchive.web;

import org.newsarchive.source.Source;

/** A source with its article count: the JSON of {@code /api/sources}. */
public record SourceInfo(String slug, String name, String homepage, String language, String description,
		long articleCount) {

	public static SourceInfo of(Source source, long articleCount) {
		return new SourceInfo(source.getSlug(), source.getName(), source.getHomepage(), source.getLanguage(),
				source.getDescription(), articleCount);
	}

}
