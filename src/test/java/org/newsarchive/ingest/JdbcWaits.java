package org.newsarchive.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * What each thread of a benchmark asks of the database, counted at the JDBC driver's
 * door: statements (a JDBC batch counted once, its rows apart), commits and the wall time
 * spent in each, by thread and by the statement's first words. Counts do not change with
 * the machine's load, where wall time does; the time says which waits are the large ones.
 */
final class JdbcWaits implements BeanPostProcessor, Ordered {

	static final JdbcWaits INSTANCE = new JdbcWaits();

	private final Map<String, Tally> byKind = new ConcurrentHashMap<>();

	private JdbcWaits() {
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(name, dataSource)
				.listener(new Statements())
				.methodListener(new Commits())
				.build();
		}
		return bean;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	void clear() {
		this.byKind.clear();
	}

	/** Per thread and kind: round trips, rows, milliseconds. */
	Map<String, long[]> snapshot() {
		Map<String, long[]> copy = new TreeMap<>();
		this.byKind.forEach((key, tally) -> copy.put(key,
				new long[] { tally.calls.sum(), tally.rows.sum(), tally.nanos.sum() / 1_000_000 }));
		return copy;
	}

	private void add(String kind, long rows, long nanos) {
		Tally tally = this.byKind.computeIfAbsent(Thread.currentThread().getName() + " | " + kind,
				(key) -> new Tally());
		tally.calls.increment();
		tally.rows.add(rows);
		tally.nanos.add(nanos);
	}

	static String kind(String sql) {
		String words = sql.strip().replaceAll("\\s+", " ").toLowerCase();
		int from = words.indexOf(" from ");
		int into = words.indexOf(" into ");
		if (words.startsWith("select") && from > 0) {
			return "select … " + words.substring(from, Math.min(words.length(), from + 40));
		}
		if (words.startsWith("insert") && into > 0) {
			return words.substring(0, Math.min(words.length(), into + 30));
		}
		return words.substring(0, Math.min(words.length(), 45));
	}

	private final class Statements implements QueryExecutionListener {

		/**
		 * The proxy's own elapsed time is in whole milliseconds; most statements take
		 * less.
		 */
		private final ThreadLocal<Long> started = new ThreadLocal<>();

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			this.started.set(System.nanoTime());
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			String kind = queries.isEmpty() ? "?" : kind(queries.get(0).getQuery());
			add((execution.isBatch() ? "batch " : "") + kind, execution.isBatch() ? execution.getBatchSize() : 1,
					System.nanoTime() - this.started.get());
		}

	}

	private final class Commits implements MethodExecutionListener {

		private final ThreadLocal<Long> started = new ThreadLocal<>();

		@Override
		public void beforeMethod(MethodExecutionContext context) {
			this.started.set(System.nanoTime());
		}

		@Override
		public void afterMethod(MethodExecutionContext context) {
			String method = context.getMethod().getName();
			if (method.equals("commit") || method.equals("rollback") || method.equals("setAutoCommit")) {
				add("(" + method + ")", 1, System.nanoTime() - this.started.get());
			}
		}

	}

	private static final class Tally {

		private final LongAdder calls = new LongAdder();

		private final LongAdder rows = new LongAdder();

		private final LongAdder nanos = new LongAdder();

	}

}
