package org.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL server outside the application under test, on which each test gets
 * databases of its own: the server {@code ARCHIVE_TEST_DATABASE_URL} names (with
 * {@code _USERNAME} and {@code _PASSWORD}; {@code scripts/postgres-local start} prints
 * one, and {@code .ci/run} sets it), else a Testcontainers PostgreSQL where a Docker
 * engine runs. Its user must be allowed to create databases.
 *
 * @param url the JDBC URL of a database on the server that its user may connect to
 * @param username the user
 * @param password the user's password
 */
public record TestDatabaseServer(String url, String username, String password) {

	/** The external server for this run of the tests, if there is one. */
	public static Optional<TestDatabaseServer> external() {
		return External.SERVER;
	}

	/**
	 * The external server, or else zonky's embedded binaries started once for this run as
	 * a server of their own: for tests that need one server shared by two applications.
	 */
	public static TestDatabaseServer externalOrSeparate() {
		return external().orElseGet(() -> Separate.SERVER);
	}

	/** Creates an empty database and answers its JDBC URL. */
	public String createDatabase() {
		String name = "test_" + UUID.randomUUID().toString().replace("-", "");
		execute("create database " + name + " encoding 'UTF8'");
		return this.url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
	}

	/** Drops a database {@link #createDatabase()} made, closing its connections. */
	public void dropDatabase(String databaseUrl) {
		String name = databaseUrl.replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*", "$1");
		execute("drop database if exists " + name + " with (force)");
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + " on " + this.url, ex);
		}
	}

	/** Looked for once a run: asking Docker takes a moment where no engine answers. */
	private static final class External {

		static final Optional<TestDatabaseServer> SERVER = find();

		private static Optional<TestDatabaseServer> find() {
			String url = System.getenv("ARCHIVE_TEST_DATABASE_URL");
			if (url != null && !url.isBlank()) {
				return Optional.of(new TestDatabaseServer(url, System.getenv("ARCHIVE_TEST_DATABASE_USERNAME"),
						System.getenv("ARCHIVE_TEST_DATABASE_PASSWORD")));
			}
			if (DockerClientFactory.instance().isDockerAvailable()) {
				PostgreSQLContainer container = TestContainers.postgres();
				container.start();
				return Optional.of(new TestDatabaseServer(container.getJdbcUrl(), container.getUsername(),
						container.getPassword()));
			}
			return Optional.empty();
		}

	}

	private static final class Separate {

		static final TestDatabaseServer SERVER = start();

		private static TestDatabaseServer start() {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}));
				return new TestDatabaseServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
