package org.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Real files of the three corpus collections, kept small in src/test/resources. */
final class CollectionFiles {

	private CollectionFiles() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = CollectionFiles.class.getResourceAsStream("/collections/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no collection file " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

}
