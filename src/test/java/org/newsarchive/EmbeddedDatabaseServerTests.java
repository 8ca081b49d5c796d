package org.newsarchive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.aot.AbstractAotProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL starts on a thread of its own as soon as the configuration
 * knows it needs one, so that its start (a process of its own: {@code initdb} on a fresh
 * folder, then the server) runs while the rest of the application context is built.
 */
class EmbeddedDatabaseServerTests {

	@TempDir
	Path data;

	@Test
	void theServerStartsBeforeAnyBeanAsksForIt() {
		Path folder = this.data.resolve("postgres");
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EmbeddedDatabaseConfiguration.class))
			.withPropertyValues("archive.database.embedded.data-directory=" + folder,
					"archive.database.embedded.durable=false")
			// Every bean lazy: none asks for the data source while the context starts.
			.withInitializer(
					(context) -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanFactory().getSingletonNames()).contains("embeddedDatabaseServer")
					.doesNotContain("dataSource");
				assertThat(context.getBean(EmbeddedDatabaseServer.class).await().getPort()).isPositive();
				assertThat(folder.resolve("postmaster.pid")).exists();
				try (Connection connection = context.getBean(DataSource.class).getConnection();
						Statement statement = connection.createStatement();
						ResultSet result = statement.executeQuery("select current_database()")) {
					result.next();
					assertThat(result.getString(1)).isEqualTo("newsarchive");
				}
			});
		assertThat(folder.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void theBuildsAheadOfTimeProcessingStartsNoServer() {
		Path folder = this.data.resolve("postgres");
		System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
		try {
			new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(EmbeddedDatabaseConfiguration.class))
				.withPropertyValues("archive.database.embedded.data-directory=" + folder)
				.withInitializer((context) -> context
					.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBeanFactory().getSingletonNames()).doesNotContain("embeddedDatabaseServer");
					assertThat(folder).doesNotExist();
				});
		}
		finally {
			System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
		}
	}

	@Test
	void closingWhileTheServerStartsStopsItOnceStarted() throws Exception {
		Path folder = this.data.resolve("postgres");
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer
			.start(new EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties(folder.toString(), 0, "newsarchive",
					false, Map.of()));
		server.close();
		assertThat(Files.exists(folder.resolve("PG_VERSION"))).isTrue();
		assertThat(folder.resolve("postmaster.pid")).doesNotExist();
	}

}
