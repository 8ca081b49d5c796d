package org.newsarchive.backup;

/** A backup that cannot be written or restored, with the reason in words. */
public class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

	BackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
