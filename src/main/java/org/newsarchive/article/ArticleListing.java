package org.newsarchive.article;

import java.util.List;

import org.newsarchive.source.SourceRef;

/**
 * An article in a list that names its authors and people: a row of an export. Its
 * components are the export's JSON fields, in their order.
 *
 * @param people the people, organisations and places it names, most named first
 */
public record ArticleListing(long id, String title, String otherTitle, SourceRef source, Published published,
		List<Contributor> authors, String url, List<EntityRef> people, List<String> languages) {

	public ArticleListing {
		authors = List.copyOf(authors);
		people = List.copyOf(people);
		languages = List.copyOf(languages);
	}

}
