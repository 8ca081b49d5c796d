package org.newsarchive;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a new database of its own on the
 * {@linkplain TestDatabaseServer#external() external server}, when there is one, as the
 * embedded PostgreSQL gives it a throw-away server: tests stay as isolated from each
 * other as they are without it. The database is dropped when the context closes.
 */
public class FreshDatabaseCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestDatabaseServer.external().map(FreshDatabase::new).orElse(null);
	}

	private record FreshDatabase(TestDatabaseServer server) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			String url = this.server.createDatabase();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("freshDatabase",
						Map.of("spring.datasource.url", url, "spring.datasource.username", this.server.username(),
								"spring.datasource.password", this.server.password())));
			// Registered before any bean exists, so dropped after the last connection
			// closed.
			((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("freshDatabase",
					() -> this.server.dropDatabase(url));
		}

	}

}
