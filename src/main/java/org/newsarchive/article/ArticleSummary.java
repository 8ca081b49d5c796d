package org.newsarchive.article;

import java.util.List;

import org.newsarchive.source.SourceRef;

/** An article in a list: enough to choose it. */
public record ArticleSummary(long id, String title, String otherTitle, SourceRef source, String url, String section,
		Published published, List<String> languages, String lede) {

	public String language() {
		return this.languages.isEmpty() ? null : this.languages.get(0);
	}

}
