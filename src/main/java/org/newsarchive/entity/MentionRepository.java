package org.newsarchive.entity;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MentionRepository extends JpaRepository<MentionRecord, Long> {

	List<MentionRecord> findByEntityId(Long entityId);

	@Modifying
	@Query("delete from MentionRecord m where m.articleId in :articleIds")
	void deleteByArticleIdIn(Collection<Long> articleIds);

	/**
	 * Other articles naming the people this one names, with how many of them each names,
	 * most first, then the newest; of each person only their {@code perEntity} newest
	 * other articles are counted, so that a person named in thousands of articles costs
	 * what one named in a hundred does (each a backward scan of the mentions' unique
	 * index on entity and article).
	 */
	@Query(nativeQuery = true, value = """
			select other.article_id, count(*) as shared
			from mentions mine
			join entities e on e.id = mine.entity_id and e.type = cast(:type as text)
			cross join lateral (select m.article_id from mentions m
			  where m.entity_id = mine.entity_id and m.article_id <> :articleId
			  order by m.article_id desc limit :perEntity) other
			where mine.article_id = :articleId
			group by other.article_id
			order by shared desc, other.article_id desc
			limit :limit""")
	List<Object[]> articlesSharingEntities(long articleId, String type, int perEntity, int limit);

	/**
	 * The entities of a type most often named in the same articles as this one, with in
	 * how many articles and how often, counted over its {@code newestArticles} newest
	 * articles only (a backward scan of the mentions' unique index on entity and
	 * article), so that the person named most costs what one named that many times does.
	 * The type is checked once per entity counted, not once per mention (which read three
	 * times the buffers of the mentions for a person named in 400 articles).
	 */
	@Query(nativeQuery = true, value = """
			select named.entity_id, named.articles, named.mentions
			from (select other.entity_id, count(*) as articles, sum(other.mention_count) as mentions
			      from (select m.article_id from mentions m where m.entity_id = :entityId
			            order by m.article_id desc limit :newestArticles) mine
			      join mentions other on other.article_id = mine.article_id and other.entity_id <> :entityId
			      group by other.entity_id) named
			join entities e on e.id = named.entity_id and e.type = cast(:type as text)
			order by 2 desc, 3 desc, 1
			limit :limit""")
	List<Object[]> namedAlongside(long entityId, String type, int newestArticles, int limit);

	/**
	 * In how many articles each of these entities is named, and how often (kept, V14).
	 */
	@Query(nativeQuery = true,
			value = "select entity_id, articles, mentions from entity_counts where entity_id in :entityIds")
	List<Object[]> countsByEntity(Collection<Long> entityIds);

	/**
	 * One page of the entities named in at least one article, most named first, of one
	 * type or all ({@code null}), whose name or a word of it starts with a folded prefix
	 * or any ({@code null}; {@code %} and {@code _} in it escaped). The counts are kept
	 * (V14): counted per request, every page read all the mentions.
	 */
	@Query(nativeQuery = true, value = """
			select e.id, e.name, e.type, e.description, c.articles as "articleCount", c.mentions as "mentionCount"
			from entity_counts c
			join entities e on e.id = c.entity_id
			where e.merged_into is null and (cast(:type as text) is null or e.type = cast(:type as text))
			  and (cast(:prefix as text) is null or exists (select 1 from entity_names n where n.entity_id = e.id
			    and (n.folded like cast(:prefix as text) || '%' or n.folded like '% ' || cast(:prefix as text) || '%')))
			order by c.articles desc, c.mentions desc, e.name, e.id
			limit :limit offset :offset""")
	List<ListedEntity> listed(String type, String prefix, int limit, long offset);

	@Query(nativeQuery = true,
			value = """
					select count(*) from entities e
					where e.merged_into is null and exists (select 1 from entity_counts c where c.entity_id = e.id)
					  and (cast(:type as text) is null or e.type = cast(:type as text))
					  and (cast(:prefix as text) is null or exists (select 1 from entity_names n where n.entity_id = e.id
					    and (n.folded like cast(:prefix as text) || '%' or n.folded like '% ' || cast(:prefix as text) || '%')))""")
	long countListed(String type, String prefix);

	/** In how many articles an entity is named (kept, V14). */
	@Query(nativeQuery = true,
			value = "select coalesce((select articles from entity_counts where entity_id = :entityId), 0)")
	long countArticles(long entityId);

	/**
	 * One page of the articles naming an entity, newest first, those without a date last:
	 * the page's articles are found in the mentions' index on entity and date alone
	 * (V15), so that page 100 reads the index entries it skips, not their rows nor their
	 * articles (13,900 buffers for the person named most, joined to the articles).
	 */
	@Query(nativeQuery = true, value = """
			select m.article_id as "articleId", m.mention_count as "count", m.first_sentence as "firstSentence"
			from (select p.article_id, p.published_start from mentions p where p.entity_id = :entityId
			      order by p.published_start desc nulls last, p.article_id desc
			      limit :limit offset :offset) page
			join mentions m on m.entity_id = :entityId and m.article_id = page.article_id
			order by page.published_start desc nulls last, page.article_id desc""")
	List<Appearing> appearances(long entityId, int limit, long offset);

	/**
	 * The titles articles give an entity, each with in how many articles and the newest
	 * five of those (ids joined by commas), most given first (kept, V23: counted per
	 * request from every mention with a title, each joined to its article, it read 18,600
	 * buffers for the person named most).
	 */
	@Query(nativeQuery = true,
			value = """
					select r.role, r.articles as "articleCount",
					  (select string_agg(cast(n.article_id as text), ',' order by n.published_start desc nulls last, n.article_id desc)
					   from (select k.article_id, k.published_start from entity_role_articles k
					         where k.entity_id = :entityId and k.role = r.role
					         order by k.published_start desc nulls last, k.article_id desc limit 5) n) as "newest"
					from (select role, count(*) as articles from entity_role_articles where entity_id = :entityId
					      group by role) r
					order by 2 desc, r.role""")
	List<GivenRole> roles(long entityId);

	/**
	 * How many articles naming an entity are dated to each month ({@code 2023-05}, as the
	 * date was stated), oldest first (kept, V14).
	 */
	@Query(nativeQuery = true, value = """
			select month as "month", articles as "articleCount" from entity_month_counts
			where entity_id = :entityId order by month""")
	List<MonthCount> months(long entityId);

	interface ListedEntity {

		long getId();

		String getName();

		String getType();

		String getDescription();

		long getArticleCount();

		long getMentionCount();

	}

	interface Appearing {

		long getArticleId();

		int getCount();

		String getFirstSentence();

	}

	interface GivenRole {

		String getRole();

		long getArticleCount();

		String getNewest();

	}

	interface MonthCount {

		String getMonth();

		long getArticleCount();

	}

	/**
	 * The entities of a type named in the most articles, with in how many and how often
	 * (kept, V14: a walk down the counts' index until enough of the type are found).
	 */
	@Query(nativeQuery = true, value = """
			select c.entity_id, c.articles, c.mentions from entity_counts c
			join entities e on e.id = c.entity_id
			where e.type = cast(:type as text) and e.merged_into is null
			order by c.articles desc, c.mentions desc, c.entity_id limit :limit""")
	List<Object[]> mostNamed(String type, int limit);

	/** The same within one source's articles. */
	@Query(nativeQuery = true, value = """
			select c.entity_id, c.articles, c.mentions from source_entity_counts c
			join entities e on e.id = c.entity_id
			where c.source_id = :sourceId and e.type = cast(:type as text) and e.merged_into is null
			order by c.articles desc, c.mentions desc, c.entity_id limit :limit""")
	List<Object[]> mostNamedInSource(Long sourceId, String type, int limit);

}
