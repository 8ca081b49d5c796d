package org.newsarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed files in the project's {@code seeds/} folder. */
final class Seeds {

	static final String BBC = "000_7007327302503941.txt";

	static final String RFI_COLUMN = "001_bf51fbc3ba7c270a.txt";

	static final String GUANCHA = "002_164af92ece23cc05.txt";

	static final String CHINAMIL = "003_58561484b8c72d53.txt";

	static final String RFI_NEWS = "004_60f1b6b1adb64af0.txt";

	private Seeds() {
	}

	static byte[] bytes(String name) {
		try {
			return Files.readAllBytes(Path.of("seeds", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

}
