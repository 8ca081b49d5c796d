package org.newsarchive.ingest;

/**
 * A container that unpacks past one of its limits: the whole container is refused, as
 * what it holds cannot be told from a bomb's payload.
 */
class ContainerLimitException extends RuntimeException {

	ContainerLimitException(String reason) {
		super(reason);
	}

}
