package org.newsarchive.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findAllByOrderByNameAsc();

	@Modifying
	@Query(value = """
			insert into sources (slug, name, homepage, language) values (:slug, :name, :homepage, :language)
			on conflict (slug) do nothing""", nativeQuery = true)
	int insertIfAbsent(String slug, String name, String homepage, String language);

}
