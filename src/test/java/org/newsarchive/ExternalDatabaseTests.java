package org.newsarchive;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With {@code ARCHIVE_TEST_DATABASE_URL} set (as {@code .ci/run} does, from
 * {@code scripts/postgres-local start}), the application under test runs on that separate
 * server, in a database of its own that no other test context shares.
 */
@ArchiveTest
class ExternalDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theContextHasADatabaseOfItsOwnOnTheConfiguredServer() throws SQLException {
		String configured = System.getenv("ARCHIVE_TEST_DATABASE_URL");
		assumeTrue(configured != null, "ARCHIVE_TEST_DATABASE_URL names no server");
		URI server = URI.create(configured.substring("jdbc:".length()));
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select current_database(), inet_server_port()")) {
			row.next();
			assertThat(row.getString(1)).matches("test_[0-9a-f]{32}");
			assertThat(row.getInt(2)).isEqualTo(server.getPort());
			assertThat(connection.getMetaData().getURL()).isEqualTo(
					"jdbc:postgresql://%s:%d/%s".formatted(server.getHost(), server.getPort(), row.getString(1)));
		}
	}

}
