package org.newsarchive.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Folds Traditional Chinese characters to Simplified ones so that {@code 北約} and
 * {@code 北约} index alike, while token offsets still point into the original text (so a
 * snippet shows the reader's own script).
 * <p>
 * ICU's Traditional-Simplified transform maps one character to one character, so it is
 * applied per code point; where a fold changes the UTF-16 length (a BMP character whose
 * simplified form lies outside the BMP) an offset correction is recorded. Per-character
 * folding gives up ICU's few multi-character phrase rules, which segmentation does not
 * need. Articles are short, so the whole input is read and folded on the first read.
 */
final class TraditionalToSimplifiedCharFilter extends BaseCharFilter {

	private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator
		.getInstance("Traditional-Simplified");

	/** Folded forms of the Han characters seen so far; the transform itself is slow. */
	private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

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

	private String fold(String original) {
		StringBuilder out = new StringBuilder(original.length());
		int index = 0;
		while (index < original.length()) {
			int codePoint = original.codePointAt(index);
			int width = Character.charCount(codePoint);
			String replacement = simplified(codePoint);
			out.append(replacement);
			index += width;
			if (replacement.length() != width) {
				addOffCorrectMap(out.length(), index - out.length());
			}
		}
		return out.toString();
	}

	private static String simplified(int codePoint) {
		if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
			return Character.toString(codePoint);
		}
		return FOLDED.computeIfAbsent(codePoint, TraditionalToSimplifiedCharFilter::transliterate);
	}

	private static String transliterate(int codePoint) {
		// ICU does not promise that one Transliterator instance is safe for concurrent
		// use.
		synchronized (TRADITIONAL_TO_SIMPLIFIED) {
			return TRADITIONAL_TO_SIMPLIFIED.transliterate(Character.toString(codePoint));
		}
	}

}
