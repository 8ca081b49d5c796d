package org.newsarchive.story;

import java.util.List;

import org.newsarchive.source.SourceRef;

/** Phrases of a story's coverage that only one outlet uses, in that outlet's script. */
public record OutletPhrases(SourceRef source, List<String> phrases) {

	public OutletPhrases {
		phrases = List.copyOf(phrases);
	}

}
