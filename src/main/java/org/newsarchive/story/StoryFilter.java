package org.newsarchive.story;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which stories a list shows.
 *
 * @param sources slugs of outlets of which a story must have at least one article; empty
 * for any
 * @param from the story's coverage reaches this day or later, or null
 * @param to the story's coverage starts on this day or earlier, or null
 */
public record StoryFilter(Set<String> sources, LocalDate from, LocalDate to) {

	public StoryFilter {
		sources = Set.copyOf(sources);
	}

	public static StoryFilter any() {
		return new StoryFilter(Set.of(), null, null);
	}

}
