package org.newsarchive;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JDBC batch of inserts reaches PostgreSQL as one statement of many rows, not one
 * statement a row: the kept counts' statement-level triggers (V14) then run once for a
 * batch's mentions or articles, not once for each.
 */
@ArchiveTest
class BatchedInsertsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aBatchOfInsertsIsOneStatementForItsTriggers() {
		Long statements = this.transaction.execute((status) -> {
			this.jdbc.execute("create temporary table batched (n integer) on commit drop");
			this.jdbc.execute("create temporary table statements (n integer) on commit drop");
			this.jdbc.execute("""
					create function pg_temp.count_statement() returns trigger language plpgsql as $$
					begin
						insert into statements select count(*) from inserted;
						return null;
					end $$""");
			this.jdbc.execute("""
					create trigger batched_counted after insert on batched referencing new table as inserted
					for each statement execute function pg_temp.count_statement()""");
			List<Object[]> rows = IntStream.rangeClosed(1, 8).mapToObj((n) -> new Object[] { n }).toList();
			this.jdbc.batchUpdate("insert into batched (n) values (?)", rows);
			assertThat(this.jdbc.queryForObject("select sum(n) from statements", Long.class)).isEqualTo(8);
			return this.jdbc.queryForObject("select count(*) from statements", Long.class);
		});
		assertThat(statements).isEqualTo(1);
	}

}
