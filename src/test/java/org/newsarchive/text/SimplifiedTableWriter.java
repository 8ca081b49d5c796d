package org.newsarchive.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes {@code simplified.txt}, the basic plane's folds of {@link ChineseScript}, from
 * ICU's transform: one line a character that folds, the character then its simplified
 * form. Run it by hand after ICU is upgraded, when {@code ChineseScriptTests} finds the
 * table and ICU disagree:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.newsarchive.text.SimplifiedTableWriter}.
 */
public final class SimplifiedTableWriter {

	private SimplifiedTableWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path table = Path.of((args.length > 0) ? args[0] : "src/main/resources/org/newsarchive/text/simplified.txt");
		Files.write(table, lines(), StandardCharsets.UTF_8);
	}

	/**
	 * Every basic-plane Han character that ICU folds, with its fold, in code point order.
	 */
	static List<String> lines() {
		return basicPlaneHan().filter((codePoint) -> ChineseScript.fold(codePoint) != codePoint)
			.mapToObj((codePoint) -> Character.toString(codePoint) + Character.toString(ChineseScript.fold(codePoint)))
			.toList();
	}

	/** Every Han character of the basic plane. */
	static IntStream basicPlaneHan() {
		return IntStream.range(0, Character.MIN_SUPPLEMENTARY_CODE_POINT)
			.filter((codePoint) -> Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN);
	}

}
