package org.newsarchive;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The servers Testcontainers starts where a Docker engine runs, the same as
 * {@code docker-compose.yml} names. The OpenSearch container of the search backend
 * belongs here beside PostgreSQL.
 */
final class TestContainers {

	private TestContainers() {
	}

	/** PostgreSQL 17, allowing as many connections as the tests' cached contexts keep. */
	static PostgreSQLContainer postgres() {
		return new PostgreSQLContainer("postgres:17").withCommand("postgres", "-c", "max_connections=500", "-c",
				"fsync=off");
	}

}
