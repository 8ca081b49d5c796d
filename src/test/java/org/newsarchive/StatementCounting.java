package org.newsarchive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
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

	/**
	 * The SQL of each execution this thread sent since {@link #clear()}, a JDBC batch
	 * once.
	 */
	private static final ThreadLocal<List<String>> executed = ThreadLocal.withInitial(ArrayList::new);

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new CountingDataSource();
	}

	public static void clear() {
		QueryCountHolder.clear();
		executed.get().clear();
	}

	/**
	 * The round trips this thread sent since {@link #clear()} of statements that begin
	 * with the given words and hold the given part (lower case, single spaces): a JDBC
	 * batch of many rows is one.
	 */
	public static long executions(String beginning, String part) {
		return executed.get().stream().filter((sql) -> sql.startsWith(beginning) && sql.contains(part)).count();
	}

	private static String normalised(String sql) {
		return sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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

	private static final class Recording implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			if (!queries.isEmpty()) {
				executed.get().add(normalised(queries.get(0).getQuery()));
			}
		}

	}

	/** Wraps the data source last, after every other post-processor has set it up. */
	private static final class CountingDataSource implements BeanPostProcessor, Ordered {

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
				return ProxyDataSourceBuilder.create(name, dataSource).countQuery().listener(new Recording()).build();
			}
			return bean;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
