package org.newsarchive.search;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What search needs to know of stories, for the {@code story} filter and for grouping
 * results by story: implemented by the story module, so that search does not depend on
 * it.
 */
public interface StoryMembership {

	/** A story's title and articles, or empty where no story has the id. */
	Optional<Members> members(long storyId);

	/** The story of each of these articles that has one. */
	Map<Long, StoryLink> storiesOf(Collection<Long> articleIds);

	record Members(String title, Set<Long> articleIds) {

		public Members {
			articleIds = Set.copyOf(articleIds);
		}

	}

	/** Without the story module: no article is in a story. */
	static StoryMembership none() {
		return new StoryMembership() {
			@Override
			public Optional<Members> members(long storyId) {
				return Optional.empty();
			}

			@Override
			public Map<Long, StoryLink> storiesOf(Collection<Long> articleIds) {
				return Map.of();
			}
		};
	}

}
