package org.newsarchive;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements a test's own thread sends, whoever sends them: Hibernate's
 * statistics see only Hibernate's, not those of plain JDBC. Import it into a test, then
 * {@link #clear()} and read {@link #statements()}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new CountingDataSource();
	}

	public static void clear() {
		QueryCountHolder.clear();
	}

	/** The statements this thread sent since {@link #clear()}. */
	public static long statements() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	/** The inserts, updates and deletes this thread sent since {@link #clear()}. */
	public static long writes() {
		QueryCount count = QueryCountHolder.getGrandTotal();
		return count.getInsert() + count.getUpdate() + count.getDelete();
	}

	/** Wraps the data source last, after every other post-processor has set it up. */
	private static final class CountingDataSource implements BeanPostProcessor, Ordered {

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
				return ProxyDataSourceBuilder.create(name, dataSource).countQuery().build();
			}
			return bean;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
