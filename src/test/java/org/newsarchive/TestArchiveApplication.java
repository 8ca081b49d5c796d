package org.newsarchive;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The portal for {@code ./mvnw spring-boot:test-run}: on a PostgreSQL from Testcontainers
 * where a Docker engine runs, and as {@code spring-boot:run} starts it otherwise (the
 * embedded PostgreSQL, or {@code SPRING_DATASOURCE_URL}'s).
 */
public class TestArchiveApplication {

	public static void main(String[] args) {
		SpringApplication.from(NewsArchiveApplication::main).with(Containers.class).run(args);
	}

	/**
	 * The servers Docker provides; the OpenSearch backend's container joins PostgreSQL
	 * here.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Conditional(DockerAvailable.class)
	static class Containers {

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return TestContainers.postgres();
		}

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DockerClientFactory.instance().isDockerAvailable();
		}

	}

}
