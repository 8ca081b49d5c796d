package org.newsarchive.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findAllByOrderByNameAsc();

	/** A source by its slug or by the slug of a source merged into it. */
	@Query(value = """
			select s.* from sources s where s.slug = :slug
			union all
			select s.* from sources s join source_aliases a on a.source_id = s.id where a.slug = :slug""",
			nativeQuery = true)
	Optional<Source> findBySlugOrAlias(String slug);

	/** A new source, unless one has the slug or was merged into another under it. */
	@Modifying
	@Query(value = """
			insert into sources (slug, name, homepage, language)
			select :slug, :name, :homepage, :language
			where not exists (select 1 from source_aliases where slug = :slug)
			on conflict (slug) do nothing""", nativeQuery = true)
	int insertIfAbsent(String slug, String name, String homepage, String language);

	@Modifying
	@Query(value = "insert into source_aliases (slug, source_id) values (:slug, :sourceId) on conflict (slug) do nothing",
			nativeQuery = true)
	void addAlias(String slug, Long sourceId);

	/**
	 * A source registered before slugs were ASCII ({@code 新闻联播}), by the name it was
	 * registered with.
	 */
	@Query(value = "select * from sources where name = :name and slug !~ '^[a-z0-9-]+$' order by id limit 1",
			nativeQuery = true)
	Optional<Source> findWithFormerSlugByName(String name);

	@Modifying
	@Query(value = "update source_aliases set source_id = :intoId where source_id = :mergedId", nativeQuery = true)
	void moveAliases(Long mergedId, Long intoId);

	@Query(value = "select slug from source_aliases where source_id = :sourceId order by slug", nativeQuery = true)
	List<String> findAliases(Long sourceId);

}
