package org.newsarchive.story;

import java.util.List;

/**
 * Why an article is in its story.
 *
 * @param kind whether it joined the story or repeats the text of another article
 * @param joinedTo the article it was found most alike, or null for the story's first
 * @param duplicateOf for a near-duplicate, the first appearance of its text
 * @param similarity how alike the two texts are, 0 to 1 (for a near-duplicate the
 * estimated share of character shingles in common), or null
 * @param sharedPeople people, organisations and places both articles name
 * @param sharedPhrases words and phrases both articles use
 * @param dayGap days between the two articles' publication, or null where either is
 * undated
 * @param pinned true where an administrator put it there
 */
public record StoryReason(Kind kind, Long joinedTo, Long duplicateOf, Double similarity, List<String> sharedPeople,
		List<String> sharedPhrases, Integer dayGap, boolean pinned) {

	public StoryReason {
		sharedPeople = List.copyOf(sharedPeople);
		sharedPhrases = List.copyOf(sharedPhrases);
	}

	public enum Kind {

		/** Reports the event in its own words. */
		MEMBER,

		/**
		 * Repeats the text of an earlier article: a reprint, a script conversion, an
		 * edit.
		 */
		NEAR_DUPLICATE

	}

}
