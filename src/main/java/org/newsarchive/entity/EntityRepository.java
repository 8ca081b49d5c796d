package org.newsarchive.entity;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EntityRepository extends JpaRepository<EntityRecord, Long> {

	/**
	 * The entities recognition knows by these keys, locked in the order of their keys
	 * until the transaction ends, so that the names they learn are added to the names
	 * stored, not to a stale copy: one query for an article's entities, and two articles
	 * naming the same people wait for each other in the same order.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from EntityRecord e where e.key in :keys order by e.key")
	List<EntityRecord> findAllByKeys(Collection<String> keys);

	@Query("select distinct e from EntityRecord e left join fetch e.names where e.id in :ids")
	List<EntityRecord> findWithNames(Collection<Long> ids);

	@Query("select distinct e from EntityRecord e join e.names n where n.folded = :folded and e.mergedInto is null")
	List<EntityRecord> findByFoldedName(String folded);

	@Query("""
			select distinct e from EntityRecord e join e.names n
			where e.mergedInto is null and (n.folded like concat(:prefix, '%') or n.folded like concat('% ', :prefix, '%'))""")
	List<EntityRecord> findByNamePrefix(String prefix);

}
