package org.newsarchive.ingest;

/** A folder on the server that cannot be imported, and why. */
public class ImportPathException extends RuntimeException {

	private final boolean outsideAllowedRoots;

	ImportPathException(String message, boolean outsideAllowedRoots) {
		super(message);
		this.outsideAllowedRoots = outsideAllowedRoots;
	}

	/**
	 * Whether the path is refused by the configuration (rather than missing or
	 * unreadable).
	 */
	public boolean isOutsideAllowedRoots() {
		return this.outsideAllowedRoots;
	}

}
