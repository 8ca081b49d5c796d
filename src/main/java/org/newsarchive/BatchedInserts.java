package org.newsarchive;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Has the PostgreSQL driver send a JDBC batch of inserts as multi-row statements
 * ({@code reWriteBatchedInserts}) rather than one statement a row. An import's batch
 * inserts its mentions, blocks and articles in JDBC batches, and the kept counts'
 * triggers (V14) run once a statement: a statement a row made the database note each
 * row's counts on its own, and parse, plan and finish each row as a statement of its own.
 * <p>
 * Such a statement answers a batch's update counts with {@code SUCCESS_NO_INFO}.
 */
@Component
class BatchedInserts implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource) {
			dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		}
		return bean;
	}

}
