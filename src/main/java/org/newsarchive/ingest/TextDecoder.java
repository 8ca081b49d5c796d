package org.newsarchive.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns a file's bytes into text. Files arrive in UTF-8 (with or without a byte order
 * mark), UTF-16 with a mark, GB18030/GBK or Big5, and nobody says which.
 */
class TextDecoder {

	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final Charset BIG5 = Charset.forName("Big5");

	/** The most frequent characters of news text, in both scripts where they differ. */
	private static final String FREQUENT = "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會"
			+ "可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現"
			+ "当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日月北约約报報称稱";

	private static final List<Magic> BINARY_MAGIC = List.of(new Magic("a PNG image", "89504e47"),
			new Magic("a JPEG image", "ffd8ff"), new Magic("a GIF image", "47494638"),
			new Magic("a PDF document", "25504446"), new Magic("a ZIP archive (or an Office document)", "504b0304"));

	DecodedText decode(byte[] bytes) {
		rejectBinary(bytes);
		DecodedText decoded = withByteOrderMark(bytes).or(() -> strictly(bytes, StandardCharsets.UTF_8, false))
			.or(() -> cutUtf8(bytes))
			.orElseGet(() -> chineseLegacy(bytes));
		DecodedText storable = withoutNul(decoded);
		if (storable.text().isBlank()) {
			throw new UnreadableFileException("the file is empty");
		}
		return storable;
	}

	/**
	 * The text without NUL (U+0000), which UTF-16 files may hold and the database refuses
	 * in text. It is never part of an article's words, so it is dropped and counted. (The
	 * other character the database refuses, half a surrogate pair, never gets this far:
	 * every decoder here reports it as malformed.)
	 */
	private static DecodedText withoutNul(DecodedText decoded) {
		String text = decoded.text();
		int nuls = (int) text.chars().filter((c) -> c == 0).count();
		if (nuls == 0) {
			return decoded;
		}
		return new DecodedText(text.replace("\0", ""), decoded.charset(), decoded.hadBom(), List
			.of(String.format(Locale.ROOT, "%,d NUL characters (U+0000), which are not text, were dropped", nuls)));
	}

	private static void rejectBinary(byte[] bytes) {
		if (bytes.length == 0) {
			throw new UnreadableFileException("the file is empty");
		}
		for (Magic magic : BINARY_MAGIC) {
			byte[] signature = HexFormat.of().parseHex(magic.hex());
			if (bytes.length >= signature.length
					&& Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length)) {
				throw new UnreadableFileException("the file is " + magic.what() + ", not text");
			}
		}
		boolean utf16 = startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
		// UTF-16 text is full of zero bytes; in any other text a NUL means binary
		// content.
		for (int i = 0; !utf16 && i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new UnreadableFileException("the file holds binary data (NUL bytes), not text");
			}
		}
	}

	private static Optional<DecodedText> withByteOrderMark(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return Optional.of(required(bytes, 3, StandardCharsets.UTF_8));
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return Optional.of(required(bytes, 2, StandardCharsets.UTF_16LE));
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return Optional.of(required(bytes, 2, StandardCharsets.UTF_16BE));
		}
		return Optional.empty();
	}

	private static DecodedText required(byte[] bytes, int markLength, Charset charset) {
		byte[] content = Arrays.copyOfRange(bytes, markLength, bytes.length);
		return strictly(content, charset, true).orElseThrow(() -> new UnreadableFileException(
				"the file starts with a " + charset.name() + " byte order mark but is not valid " + charset.name()));
	}

	/**
	 * A UTF-8 file cut off inside its last character: read it as UTF-8 without the
	 * partial character, so that the parser can say what is missing, rather than
	 * misreading the whole file as a legacy encoding.
	 */
	private static Optional<DecodedText> cutUtf8(byte[] bytes) {
		for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
			int lead = bytes[bytes.length - cut] & 0xFF;
			if (lead >= 0xC0) {
				return strictly(Arrays.copyOf(bytes, bytes.length - cut), StandardCharsets.UTF_8, false);
			}
			if (lead < 0x80) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * GB18030 and Big5 share most byte ranges, so either may decode the other's bytes
	 * without an error. ICU's detector is weak on short Chinese texts, so where both
	 * decode, the text made of more common characters wins, and only a tie is left to the
	 * detector.
	 */
	private static DecodedText chineseLegacy(byte[] bytes) {
		Optional<DecodedText> gb = strictly(bytes, GB18030, false);
		Optional<DecodedText> big5 = strictly(bytes, BIG5, false);
		if (gb.isPresent() && big5.isPresent()) {
			int gbScore = plausibility(gb.get().text());
			int big5Score = plausibility(big5.get().text());
			if (gbScore != big5Score) {
				return (big5Score > gbScore) ? big5.get() : gb.get();
			}
			return detectorSaysBig5(bytes) ? big5.get() : gb.get();
		}
		return gb.or(() -> big5)
			.orElseThrow(() -> new UnreadableFileException(
					"the file's text is in no encoding the archive reads (UTF-8, UTF-16, GB18030, Big5)"));
	}

	private static boolean detectorSaysBig5(byte[] bytes) {
		CharsetMatch match = new CharsetDetector().setText(bytes).detect();
		return match != null && "Big5".equals(match.getName());
	}

	/**
	 * How much a decoded text looks like Chinese. Text decoded with the wrong table is
	 * still mostly Han characters, but rarely the most frequent ones, and it strays into
	 * kana, symbols and private use; so frequent characters count for it and anything
	 * that is neither Han, ASCII nor CJK punctuation against.
	 */
	private static int plausibility(String text) {
		return text.codePoints().map(TextDecoder::plausibilityOf).sum();
	}

	private static int plausibilityOf(int codePoint) {
		if (FREQUENT.indexOf(codePoint) >= 0) {
			return 1;
		}
		if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN || codePoint < 0x80
				|| Whitespace.isCjk(codePoint)) {
			return 0;
		}
		return -1;
	}

	private static Optional<DecodedText> strictly(byte[] bytes, Charset charset, boolean hadBom) {
		try {
			String text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return Optional.of(new DecodedText(text, charset.name(), hadBom, List.of()));
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != (byte) prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A file's text.
	 *
	 * @param text the decoded text, without a byte order mark
	 * @param charset the encoding it was read in
	 * @param hadBom whether the file started with a byte order mark
	 * @param warnings what was dropped in decoding, in plain words
	 */
	record DecodedText(String text, String charset, boolean hadBom, List<String> warnings) {

		DecodedText {
			warnings = List.copyOf(warnings);
		}

	}

	private record Magic(String what, String hex) {

	}

}
