package org.newsarchive.entity;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names recognition learned from the archive, in the database. */
@Repository
class LearnedNameStore implements LearnedNames.Store {

	private final JdbcClient jdbc;

	LearnedNameStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> load() {
		return new HashSet<>(this.jdbc.sql("select folded from learned_names").query(String.class).list());
	}

	@Override
	public void learned(String name) {
		this.jdbc.sql("insert into learned_names (folded) values (:folded) on conflict (folded) do nothing")
			.param("folded", name)
			.update();
	}

}
