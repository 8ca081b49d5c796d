package org.newsarchive.search;

/**
 * What the index's own work in the background gives way to: the readers the portal is
 * answering ({@code ingest.ReadersFirst}, which an import's read-ahead waits on too).
 */
@FunctionalInterface
public interface GivingWay {

	/** Nobody to give way to, as in an index used without a portal. */
	GivingWay NOBODY = (nanos) -> 0;

	/**
	 * Waits while readers are being answered, at most the given time.
	 * @param nanos the longest wait
	 * @return how long it waited
	 */
	long yieldUpTo(long nanos);

}
