package org.newsarchive.article;

/** What storing a parsed article did. */
public record StoreOutcome(long articleId, Change change) {

	/** What became of the stored article. */
	public enum Change {

		/** A new article. */
		CREATED,

		/** A stored article whose content the copy replaced. */
		UPDATED,

		/**
		 * A stored article whose content the copy has already: nothing was written to it.
		 */
		UNCHANGED

	}

}
