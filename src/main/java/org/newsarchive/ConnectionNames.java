package org.newsarchive;

import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives this portal instance's database connections a name of their own
 * ({@code application_name}), which PostgreSQL lists in {@code pg_stat_activity} for as
 * long as the instance is connected: import runs record it, so that an instance starting
 * beside others on one database takes over only the runs of processes that have ended.
 */
@Component
class ConnectionNames implements BeanPostProcessor {

	private final String name = "news-archive " + UUID.randomUUID();

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource) {
			dataSource.addDataSourceProperty("ApplicationName", this.name);
		}
		return bean;
	}

}
