package org.newsarchive.article;

import java.util.List;

/**
 * An article in a list that names its authors and people: a row of an export.
 *
 * @param people the people, organisations and places it names, most named first
 */
public record ArticleListing(ArticleSummary summary, List<Contributor> authors, List<EntityRef> people) {

	public ArticleListing {
		authors = List.copyOf(authors);
		people = List.copyOf(people);
	}

}
