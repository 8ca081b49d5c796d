package org.newsarchive;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the start-up path leaves out: beans a first page does not need are made later, on
 * the thread that first needs them.
 */
class StartupPathTests {

	@TempDir
	Path data;

	@Test
	void theEntityRecognizerIsMadeAfterTheContextIsUp() {
		AtomicReference<Boolean> recognizerAtStart = new AtomicReference<>();
		ApplicationListener<ApplicationStartedEvent> atStart = (started) -> recognizerAtStart
			.set(started.getApplicationContext().getBeanFactory().containsSingleton("entityRecognizer"));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NewsArchiveApplication.class)
			.listeners(atStart)
			.run("--server.port=0", "--archive.database.embedded.data-directory=" + this.data.resolve("postgres"),
					"--archive.index.directory=" + this.data.resolve("index"), "--archive.ingest.folders=seeds",
					"--archive.admin.password=pw", "--archive.database.embedded.durable=false",
					"--logging.level.org.newsarchive=WARN")) {
			assertThat(recognizerAtStart).hasValue(false);
			// The seeds' import at start-up recognised their people with it.
			assertThat(app.getBeanFactory().containsSingleton("entityRecognizer")).isTrue();
		}
	}

}
