package org.newsarchive.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface EntityRepository extends JpaRepository<EntityRecord, Long> {

	/**
	 * The entity recognition knows by this key, locked until the transaction ends, so
	 * that the names it learns are added to the names stored, not to a stale copy.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<EntityRecord> findByKey(String key);

	@Query("select distinct e from EntityRecord e left join fetch e.names where e.id in :ids")
	List<EntityRecord> findWithNames(Collection<Long> ids);

	@Query("select distinct e from EntityRecord e join e.names n where n.folded = :folded and e.mergedInto is null")
	List<EntityRecord> findByFoldedName(String folded);

	@Query("""
			select distinct e from EntityRecord e join e.names n
			where e.mergedInto is null and (n.folded like concat(:prefix, '%') or n.folded like concat('% ', :prefix, '%'))""")
	List<EntityRecord> findByNamePrefix(String prefix);

}
