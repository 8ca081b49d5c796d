package org.newsarchive.story;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.entity.ScriptFolding;

/**
 * Text cut into the units stories compare: each Han character is a token, each run of
 * letters or digits in other scripts is a token (lower-cased), everything else separates.
 * Tokens are read from the script-folded text, so a traditional and a simplified copy
 * give the same tokens, and keep their offsets into the original.
 */
record Tokens(String original, List<Token> tokens) {

	static Tokens of(String text) {
		return of(text, ScriptFolding.simplified(text));
	}

	/**
	 * @param folded the text folded to simplified script, where the caller has it
	 */
	static Tokens of(String text, String folded) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int run = 0;
		while (i < folded.length()) {
			int codePoint = folded.codePointAt(i);
			int width = Character.charCount(codePoint);
			if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
				tokens.add(new Token(folded.substring(i, i + width), i, i + width, run));
				i += width;
			}
			else if (Character.isLetterOrDigit(codePoint)) {
				int end = i;
				while (end < folded.length() && Character.isLetterOrDigit(folded.codePointAt(end))
						&& Character.UnicodeScript.of(folded.codePointAt(end)) != Character.UnicodeScript.HAN) {
					end += Character.charCount(folded.codePointAt(end));
				}
				tokens.add(new Token(lowerCase(folded.substring(i, end)), i, end, run));
				i = end;
			}
			else {
				if (!Character.isWhitespace(codePoint)) {
					// Punctuation ends a phrase; spaces between words do not.
					run++;
				}
				i += width;
			}
		}
		return new Tokens(text, List.copyOf(tokens));
	}

	/**
	 * The keys of every {@code n} consecutive tokens of one phrase, in order; a key is
	 * null where the tokens span punctuation.
	 */
	List<String> grams(int n) {
		List<String> grams = new ArrayList<>();
		for (int i = 0; i + n <= this.tokens.size(); i++) {
			Token first = this.tokens.get(i);
			Token last = this.tokens.get(i + n - 1);
			if (first.run() != last.run()) {
				grams.add(null);
				continue;
			}
			StringBuilder key = new StringBuilder();
			for (int j = i; j < i + n; j++) {
				key.append(this.tokens.get(j).text()).append(' ');
			}
			grams.add(key.toString());
		}
		return grams;
	}

	/** The tokens starting at or after an offset into the original. */
	Tokens after(int offset) {
		int first = 0;
		while (first < this.tokens.size() && this.tokens.get(first).start() < offset) {
			first++;
		}
		return new Tokens(this.original, this.tokens.subList(first, this.tokens.size()));
	}

	/** The original text from the first to the last of the given tokens. */
	String text(int firstToken, int lastToken) {
		return this.original.substring(this.tokens.get(firstToken).start(), this.tokens.get(lastToken).end());
	}

	private static String lowerCase(String word) {
		// Character by character, so that the text keeps its length and offsets.
		StringBuilder lower = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			lower.append(Character.toLowerCase(word.charAt(i)));
		}
		return lower.toString();
	}

	record Token(String text, int start, int end, int run) {

	}

}
