package org.newsarchive.story;

import java.util.List;

import org.newsarchive.article.EntityRef;
import org.newsarchive.source.SourceRef;

/**
 * Who one outlet names in its coverage of a story, most often named first.
 */
public record OutletPeople(SourceRef source, List<EntityRef> people) {

	public OutletPeople {
		people = List.copyOf(people);
	}

}
