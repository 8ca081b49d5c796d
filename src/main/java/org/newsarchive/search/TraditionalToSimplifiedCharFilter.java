package org.newsarchive.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.newsarchive.text.ChineseScript;

/**
 * Folds Traditional Chinese characters to Simplified ones so that {@code 北約} and
 * {@code 北约} index alike, while token offsets still point into the original text (so a
 * snippet shows the reader's own script).
 * <p>
 * The fold is {@link ChineseScript}'s table, the one names and highlighting use too,
 * applied per code point; where a fold changes the UTF-16 length (a BMP character whose
 * simplified form lies outside the BMP) an offset correction is recorded. Articles are
 * short, so the whole input is read and folded on the first read.
 */
final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

	private String folded;

	private int position;

	TraditionalToSimplifiedCharFilter(Reader in) {
		super(in);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (this.folded == null) {
			this.folded = fold(readAll());
		}
		if (this.position >= this.folded.length()) {
			return -1;
		}
		int count = Math.min(length, this.folded.length() - this.position);
		this.folded.getChars(this.position, this.position + count, buffer, offset);
		this.position += count;
		return count;
	}

	private String readAll() throws IOException {
		StringBuilder text = new StringBuilder();
		char[] chunk = new char[4096];
		for (int read = this.input.read(chunk); read != -1; read = this.input.read(chunk)) {
			text.append(chunk, 0, read);
		}
		return text.toString();
	}

	/**
	 * Appends each folded code point as it is, not as a string of its own: every
	 * character of every indexed text passes here, twice for Chinese fields (the words'
	 * and the bigrams' analysis).
	 */
	private String fold(String original) {
		StringBuilder out = new StringBuilder(original.length());
		int index = 0;
		while (index < original.length()) {
			int codePoint = original.codePointAt(index);
			int width = Character.charCount(codePoint);
			int simplified = ChineseScript.simplified(codePoint);
			out.appendCodePoint(simplified);
			index += width;
			if (Character.charCount(simplified) != width) {
				addOffCorrectMap(out.length(), index - out.length());
			}
		}
		return out.toString();
	}

}
