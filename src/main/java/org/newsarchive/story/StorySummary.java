package org.newsarchive.story;

import java.time.LocalDate;
import java.util.List;

import org.newsarchive.source.SourceRef;

/**
 * A story in a list.
 *
 * @param title the title of its first article, in that article's script
 * @param firstDay the first day its coverage may fall on, or null where none is dated
 * @param lastDay the last day its coverage may fall on, or null where none is dated
 * @param articles how many articles it holds, near-duplicates included
 * @param outlets the outlets covering it, in order of their first article
 */
public record StorySummary(long id, String title, LocalDate firstDay, LocalDate lastDay, int articles,
		List<SourceRef> outlets) {

	public StorySummary {
		outlets = List.copyOf(outlets);
	}

}
