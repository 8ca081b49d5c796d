package org.newsarchive.search;

import java.util.List;

/**
 * What a reader's query means, before any engine reads it: the tree that
 * {@link UserQueryParser} makes of the text and each search engine translates. Words are
 * kept as typed; each engine analyses them with its own fields' analyzers.
 */
sealed interface UserQuery {

	/**
	 * One word as typed between spaces; a run of Chinese characters is one word, which
	 * the analyzers may split into several, to be found together.
	 */
	record Word(String text) implements UserQuery {

	}

	/** Words in quotation marks, to be found together and in order. */
	record Phrase(String text) implements UserQuery {

	}

	/** The beginning of a word, typed with a trailing {@code *}. */
	record Prefix(String stem) implements UserQuery {

	}

	/** A word with {@code *} (any characters) or {@code ?} (one character) within it. */
	record Wildcard(String pattern) implements UserQuery {

	}

	/** Every article: what a query of exclusions alone excludes from. */
	record Everything() implements UserQuery {

	}

	/** Words combined: the whole query, or a group in parentheses. */
	record Group(List<Clause> clauses) implements UserQuery {

		public Group {
			clauses = List.copyOf(clauses);
		}

	}

	/** A part of a group and how it counts. */
	record Clause(Occur occur, UserQuery query) {

	}

	enum Occur {

		/** Must be found. */
		MUST,
		/** Either this or another {@code SHOULD} part; one found ranks higher. */
		SHOULD,
		/** Must not be found. */
		MUST_NOT

	}

}
