package org.newsarchive.ingest;

/**
 * Reads one format, which may hold any number of articles. Each parser says from the
 * content alone whether it recognises a file, so that the format never depends on a file
 * name.
 */
interface FormatParser {

	/** A short stable name, recorded with every article the parser reads. */
	String name();

	/** Whether the text is in this parser's format. Cheap: looks at the opening only. */
	boolean recognises(String text);

	/**
	 * Reads every article in the text, in the file's order. A broken item is an entry of
	 * its own with its reason; the others are still read.
	 * @throws UnreadableFileException with a reason a person can act on, where nothing of
	 * the text can be read
	 */
	ReadFile read(String text);

}
