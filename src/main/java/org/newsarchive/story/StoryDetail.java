package org.newsarchive.story;

import java.time.LocalDate;
import java.util.List;

import org.newsarchive.source.SourceRef;

/**
 * A story as its page and {@code GET /api/stories/{id}} show it.
 *
 * @param timeline the coverage, earliest first (undated last), near-duplicates folded
 * under their first appearance
 * @param people who each outlet names
 * @param sharedPhrases phrases used by more than one outlet, in the script of their first
 * use
 * @param uniquePhrases phrases only one outlet uses
 * @param related articles about the same people beyond the story
 */
public record StoryDetail(long id, String title, LocalDate firstDay, LocalDate lastDay, int articles,
		List<SourceRef> outlets, List<StoryArticle> timeline, List<OutletPeople> people, List<String> sharedPhrases,
		List<OutletPhrases> uniquePhrases, List<RelatedArticle> related) {

	public StoryDetail {
		outlets = List.copyOf(outlets);
		timeline = List.copyOf(timeline);
		people = List.copyOf(people);
		sharedPhrases = List.copyOf(sharedPhrases);
		uniquePhrases = List.copyOf(uniquePhrases);
		related = List.copyOf(related);
	}

}
