package org.newsarchive.entity;

import java.util.List;

/**
 * How an article names one entity.
 *
 * @param entityKey the {@link RecognisedEntity#key() key} of the entity
 * @param count how many times the article names it, in any script or language
 * @param firstSentence the first sentence that names it, as the article wrote it
 * @param roles the titles the article gives it right before its name ({@code 北约秘书长}), in
 * order of appearance
 */
public record Mention(String entityKey, int count, String firstSentence, List<String> roles) {

	public Mention {
		roles = List.copyOf(roles);
	}

}
