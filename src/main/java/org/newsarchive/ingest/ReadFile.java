package org.newsarchive.ingest;

import java.util.List;

/**
 * What a parser read from one file.
 *
 * @param entries the articles, and the places that could not be read, in the file's order
 * @param notes what the file as a whole showed, e.g. which of its fields were read
 */
record ReadFile(List<ReadEntry> entries, List<String> notes) {

	ReadFile {
		entries = List.copyOf(entries);
		notes = List.copyOf(notes);
	}

	static ReadFile of(ReadEntry... entries) {
		return new ReadFile(List.of(entries), List.of());
	}

}
