package org.newsarchive;

/**
 * A live archive process (a portal or an import) holds the data folder; a second one on
 * the same folder would corrupt it.
 */
public class DataFolderInUseException extends IllegalStateException {

	DataFolderInUseException(String message) {
		super(message);
	}

}
