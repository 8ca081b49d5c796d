package org.newsarchive.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names an administrator rejected, by their folded form, so that a rejection of
 * {@code 下一步} also holds for {@code 下一步} in traditional script or another case.
 */
@Repository
class RejectedNames {

	private final JdbcClient jdbc;

	RejectedNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a decision; a later decision on the same name replaces the earlier one. */
	void reject(String name, Rejection reason) {
		this.jdbc
			.sql("""
					insert into rejected_names (folded, name, reason) values (:folded, :name, :reason)
					on conflict (folded) do update set name = excluded.name, reason = excluded.reason, decided_at = now()""")
			.param("folded", EntityNames.fold(name))
			.param("name", name)
			.param("reason", reason.name())
			.update();
	}

	/** The decisions on any of these names, by folded name. */
	Map<String, Rejection> decisions(Collection<String> names) {
		Map<String, Rejection> decisions = new HashMap<>();
		if (names.isEmpty()) {
			return decisions;
		}
		List<String> folded = names.stream().map(EntityNames::fold).distinct().toList();
		this.jdbc.sql("select folded, reason from rejected_names where folded in (:folded)")
			.param("folded", folded)
			.query((row, n) -> Map.entry(row.getString(1), Rejection.valueOf(row.getString(2))))
			.list()
			.forEach((decision) -> decisions.put(decision.getKey(), decision.getValue()));
		return decisions;
	}

}
