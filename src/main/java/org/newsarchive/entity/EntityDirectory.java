package org.newsarchive.entity;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.MentionLookup;
import org.newsarchive.search.NameExpansion;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The people, organisations and places the archive knows, and where articles name them.
 * Recognition results are stored here; an entity merged into another is followed wherever
 * its key turns up again.
 */
@Service
@Transactional(readOnly = true)
public class EntityDirectory implements MentionLookup, NameExpansion {

	private static final int ALONGSIDE = 10;

	/**
	 * Over how many of a person's newest articles the people named alongside them are
	 * counted: all of them for nearly everyone, while 习近平's page (49,546 articles of
	 * 100,000) reads what a person named 500 times does.
	 */
	static final int ALONGSIDE_OF_NEWEST = 500;

	/**
	 * Of each person the article names, how many of their newest articles are counted as
	 * related: enough that an article's related ones are the same as when all were
	 * counted wherever its people are named in fewer (most of them), few enough that the
	 * most named people (习近平 in 6,179 articles of the corpus) cost no more.
	 */
	static final int RELATED_PER_PERSON = 100;

	private static final int ARTICLES_PER_PAGE = 20;

	private final EntityRepository entities;

	private final MentionRepository mentions;

	private final ArticleQueries articles;

	private final RejectedNames rejected;

	private final JdbcClient jdbc;

	EntityDirectory(EntityRepository entities, MentionRepository mentions, ArticleQueries articles,
			RejectedNames rejected, JdbcClient jdbc) {
		this.entities = entities;
		this.mentions = mentions;
		this.articles = articles;
		this.rejected = rejected;
		this.jdbc = jdbc;
	}

	/**
	 * Replaces what is recorded of an article with a fresh recognition of it, as
	 * {@link #recordAll(Map)} does for many.
	 */
	@Transactional
	public void record(long articleId, Recognition recognition) {
		recordAll(Map.of(articleId, recognition));
	}

	/**
	 * Replaces what is recorded of many articles with fresh recognitions of them, in a
	 * few queries whatever their number: their mentions deleted at once, the rejected
	 * names and the entities of all of them looked up at once, the new mentions inserted
	 * in batches. The entities are taken in the order of their keys and locked, so that
	 * two imports naming the same people at once wait for each other in the same order,
	 * and each adds its names to what the other stored. An entity with a name an
	 * administrator rejected is left out.
	 */
	@Transactional
	public void recordAll(Map<Long, Recognition> recognitions) {
		if (recognitions.isEmpty()) {
			return;
		}
		this.mentions.deleteByArticleIdIn(recognitions.keySet());
		this.mentions.flush();
		List<RecognisedEntity> recognised = recognitions.values()
			.stream()
			.flatMap((recognition) -> recognition.entities().stream())
			.toList();
		Set<String> dropped = rejectedKeys(recognised);
		List<RecognisedEntity> kept = recognised.stream()
			.filter((entity) -> !dropped.contains(entity.key()))
			.sorted(Comparator.comparing(RecognisedEntity::key))
			.toList();
		Map<String, EntityRecord> byKey = new HashMap<>();
		if (!kept.isEmpty()) {
			this.entities.findAllByKeys(kept.stream().map(RecognisedEntity::key).distinct().toList())
				.forEach((entity) -> byKey.put(entity.getKey(), entity));
		}
		for (RecognisedEntity entity : kept) {
			byKey.computeIfAbsent(entity.key(), (key) -> this.entities.save(new EntityRecord(entity))).learn(entity);
		}
		// The new people go to the database together, in JDBC batches, before the
		// mentions that refer to them.
		this.entities.flush();
		List<MentionRecord> named = new ArrayList<>();
		recognitions.forEach((articleId, recognition) -> {
			Map<Long, MentionRecord> byEntity = new LinkedHashMap<>();
			for (Mention mention : recognition.mentions()) {
				if (dropped.contains(mention.entityKey())) {
					continue;
				}
				EntityRecord current = resolve(byKey.get(mention.entityKey()));
				MentionRecord record = new MentionRecord(current.getId(), articleId, mention);
				MentionRecord earlier = byEntity.putIfAbsent(current.getId(), record);
				if (earlier != null) {
					earlier.absorb(record);
				}
			}
			named.addAll(byEntity.values());
		});
		insert(named);
	}

	/**
	 * Inserts mentions in one statement, past Hibernate, each with its article's source,
	 * month and start read from the articles in the same statement: a trigger run for
	 * each row looked up its article (V14, V15) and was, with the trigger runs of each
	 * statement the driver split a batch into, a large share of what PostgreSQL spent on
	 * an article (docs/benchmarks.md, "The database side of an article"). The ids come
	 * from the sequence one block of fifty at a time, as Hibernate takes them (the value
	 * drawn ends the block).
	 */
	private void insert(List<MentionRecord> named) {
		if (named.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					insert into mentions (id, entity_id, article_id, mention_count, first_sentence, roles, source_id, month,
					  published_start)
					with blocks as materialized (
					  select row_number() over () as block, nextval('mentions_id_seq') as last
					  from generate_series(1, (cardinality(:entities) + 49) / 50))
					select b.last - 49 + (d.n - 1) % 50, d.entity_id, d.article_id, d.mention_count, d.first_sentence, d.roles,
					  a.source_id, article_month(a.published_precision, a.published_value), a.published_start
					from unnest(:entities, :articles, :counts, :sentences, :roles)
					  with ordinality as d (entity_id, article_id, mention_count, first_sentence, roles, n)
					join blocks b on b.block = (d.n - 1) / 50 + 1
					left join articles a on a.id = d.article_id
					order by d.n""")
			.param("entities", array(named.stream().map(MentionRecord::getEntityId).toArray(Long[]::new)))
			.param("articles", array(named.stream().map(MentionRecord::getArticleId).toArray(Long[]::new)))
			.param("counts", array(named.stream().map(MentionRecord::getCount).toArray(Integer[]::new)))
			.param("sentences", array(named.stream().map(MentionRecord::getFirstSentence).toArray(String[]::new)))
			.param("roles", array(
					named.stream().map((mention) -> String.join("\n", mention.getRoles())).toArray(String[]::new)))
			.update();
	}

	/** An array bound as one parameter, not spread as a list of values. */
	private static SqlParameterValue array(Object[] values) {
		return new SqlParameterValue(Types.ARRAY, values);
	}

	private Set<String> rejectedKeys(List<RecognisedEntity> recognised) {
		List<String> names = recognised.stream().flatMap((entity) -> allNames(entity).stream()).toList();
		Map<String, Rejection> decisions = this.rejected.decisions(names);
		return recognised.stream()
			.filter((entity) -> allNames(entity).stream()
				.map(decisions::get)
				.anyMatch((reason) -> reason != null && reason.drops(entity.type())))
			.map(RecognisedEntity::key)
			.collect(Collectors.toSet());
	}

	private static List<String> allNames(RecognisedEntity entity) {
		List<String> names = new ArrayList<>(entity.simplified());
		names.addAll(entity.traditional());
		names.addAll(entity.english());
		return names.stream().map(EntityNames::fold).toList();
	}

	@Override
	public List<EntityRef> entitiesIn(long articleId) {
		return entitiesIn(List.of(articleId)).getOrDefault(articleId, List.of());
	}

	@Override
	public Map<Long, List<EntityRef>> entitiesIn(Collection<Long> articleIds) {
		Map<Long, List<EntityRef>> named = new HashMap<>();
		if (!articleIds.isEmpty()) {
			// Plain JDBC and one array parameter: through Hibernate, with a parameter per
			// article, this was a quarter of an export's time.
			this.jdbc.sql("""
					select m.article_id, e.id, e.name, e.type from mentions m join entities e on e.id = m.entity_id
					where m.article_id = any(?) order by m.article_id, m.mention_count desc, m.id""")
				.param(articleIds.toArray(Long[]::new))
				.query((RowCallbackHandler) (row) -> named.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>())
					.add(new EntityRef(row.getLong(2), row.getString(3), row.getString(4))));
		}
		return named;
	}

	/**
	 * The person a query names in any of their names and scripts: the most mentioned one.
	 */
	@Override
	public Optional<NamedEntity> entityNamed(String query) {
		List<EntityRecord> people = this.entities.findByFoldedName(EntityNames.fold(query))
			.stream()
			.filter((entity) -> entity.getType() == EntityType.PERSON)
			.toList();
		if (people.size() > 1) {
			Map<Long, Long> counts = articleCounts(people.stream().map(EntityRecord::getId).toList());
			people = List.of(Collections.max(people,
					Comparator.comparing((EntityRecord entity) -> counts.getOrDefault(entity.getId(), 0L))));
		}
		return people.stream().findFirst().map(EntityDirectory::named);
	}

	@Override
	public Map<Long, NamedEntity> entities(Collection<Long> entityIds) {
		Map<Long, NamedEntity> named = new HashMap<>();
		if (!entityIds.isEmpty()) {
			this.entities.findWithNames(entityIds).forEach((entity) -> named.put(entity.getId(), named(entity)));
		}
		return named;
	}

	private static NamedEntity named(EntityRecord entity) {
		return new NamedEntity(entity.getId(), entity.getName(), entity.getType() == EntityType.PERSON,
				entity.getNames().stream().map(EntityName::name).toList());
	}

	/**
	 * One page of the entities named in at least one article, most named first.
	 * @param type the type, or null for all
	 * @param name what their name, or a word of it, starts with, or null for any
	 */
	public EntityPage<EntitySummary> list(EntityType type, String name, Paging paging) {
		String typeName = (type != null) ? type.name() : null;
		String prefix = (name == null || name.isBlank()) ? null : likePrefix(EntityNames.fold(name));
		List<EntitySummary> found = this.mentions.listed(typeName, prefix, paging.size(), paging.offset())
			.stream()
			.map((row) -> new EntitySummary(row.getId(), row.getName(), EntityType.valueOf(row.getType()),
					row.getDescription(), row.getArticleCount(), row.getMentionCount()))
			.toList();
		long total = (paging.page() == 1 && found.size() < paging.size()) ? found.size()
				: this.mentions.countListed(typeName, prefix);
		return new EntityPage<>(found, paging.page(), paging.size(), total);
	}

	/** A prefix for {@code like}, its wildcards taken literally. */
	private static String likePrefix(String folded) {
		return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The entities of a type named in the most articles: of the whole archive, or of one
	 * source's articles.
	 * @param sourceId the source, or null for all
	 */
	public List<EntitySummary> mostNamed(EntityType type, Long sourceId, int limit) {
		List<Object[]> rows = (sourceId != null) ? this.mentions.mostNamedInSource(sourceId, type.name(), limit)
				: this.mentions.mostNamed(type.name(), limit);
		return summaries(rows);
	}

	/** People whose name starts with what a reader has typed, for the search box. */
	public List<EntitySummary> suggest(String prefix, int limit) {
		if (prefix == null || prefix.isBlank()) {
			return List.of();
		}
		return list(null, prefix, new Paging(1, limit)).items();
	}

	/** An entity with the first page of the articles naming it. */
	public EntityDetail detail(long id) {
		return detail(id, new Paging(1, ARTICLES_PER_PAGE));
	}

	/**
	 * An entity with one page of the articles naming it; its roles and months are counted
	 * over all of them, the people named alongside it over its
	 * {@value #ALONGSIDE_OF_NEWEST} newest.
	 */
	public EntityDetail detail(long id, Paging paging) {
		EntityRecord entity = this.entities.findById(id).orElseThrow(() -> new EntityNotFoundException(id));
		if (entity.getMergedInto() != null) {
			return detail(entity.getMergedInto(), paging);
		}
		List<MentionRepository.Appearing> page = this.mentions.appearances(id, paging.size(), paging.offset());
		List<MentionRepository.GivenRole> givenRoles = this.mentions.roles(id);
		List<Long> ids = new ArrayList<>(page.stream().map(MentionRepository.Appearing::getArticleId).toList());
		givenRoles.forEach((role) -> ids.addAll(articleIds(role.getNewest())));
		Map<Long, ArticleSummary> summaries = this.articles.summaries(ids.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, (a) -> a));
		List<EntityDetail.Appearance> appearances = page.stream()
			.filter((mention) -> summaries.containsKey(mention.getArticleId()))
			.map((mention) -> new EntityDetail.Appearance(summaries.get(mention.getArticleId()), mention.getCount(),
					mention.getFirstSentence(), highlighted(mention.getFirstSentence(), entity)))
			.toList();
		List<EntityDetail.Role> roles = givenRoles.stream()
			.map((role) -> new EntityDetail.Role(role.getRole(),
					articleIds(role.getNewest()).stream()
						.map(summaries::get)
						.filter(Objects::nonNull)
						.map((article) -> new EntityDetail.ArticleRef(article.id(), article.title()))
						.toList(),
					role.getArticleCount()))
			.toList();
		Map<String, Long> months = new LinkedHashMap<>();
		this.mentions.months(id).forEach((month) -> months.put(month.getMonth(), month.getArticleCount()));
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (String script : EntityName.SCRIPTS) {
			List<String> inScript = entity.getNames()
				.stream()
				.filter((n) -> n.script().equals(script))
				.map(EntityName::name)
				.toList();
			if (!inScript.isEmpty()) {
				names.put(script, inScript);
			}
		}
		long articleCount = (paging.page() == 1 && page.size() < paging.size()) ? page.size()
				: this.mentions.countArticles(id);
		return new EntityDetail(entity.getId(), entity.getKey(), entity.getName(), entity.getType(),
				entity.getWikidataId(), entity.getDescription(), names, roles, appearances,
				alongside(entity.getId(), ALONGSIDE_OF_NEWEST), months, articleCount, paging.page(), paging.size());
	}

	private static List<Long> articleIds(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of()
				: Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
	}

	/**
	 * Other articles about the same people: those naming the most of this article's
	 * people first, then the newest, counting of each person their
	 * {@value #RELATED_PER_PERSON} newest articles.
	 */
	public List<Long> relatedArticles(long articleId, int limit) {
		return relatedArticles(articleId, RELATED_PER_PERSON, limit);
	}

	List<Long> relatedArticles(long articleId, int perPerson, int limit) {
		return this.mentions.articlesSharingEntities(articleId, EntityType.PERSON.name(), perPerson, limit)
			.stream()
			.map((row) -> ((Number) row[0]).longValue())
			.toList();
	}

	/**
	 * Adds the changes of mentions this transaction made to the kept counts now: they are
	 * otherwise added as it commits (V14), and a page read before that would show the
	 * counts as they were.
	 */
	void countChangesNow() {
		this.jdbc.sql("select flush_counts()").query().listOfRows();
	}

	/** The ids of the articles that name an entity. */
	public Set<Long> articlesNaming(long entityId) {
		return this.mentions.findByEntityId(entityId)
			.stream()
			.map(MentionRecord::getArticleId)
			.collect(Collectors.toSet());
	}

	List<EntitySummary> alongside(long id, int newestArticles) {
		List<Object[]> rows = this.mentions.namedAlongside(id, EntityType.PERSON.name(), newestArticles, ALONGSIDE);
		return summaries(rows);
	}

	/**
	 * Rows of (entity id, articles, mentions) as summaries, their people read at once.
	 */
	private List<EntitySummary> summaries(List<Object[]> rows) {
		Map<Long, EntityRecord> byId = new HashMap<>();
		this.entities.findAllById(rows.stream().map((row) -> ((Number) row[0]).longValue()).toList())
			.forEach((entity) -> byId.put(entity.getId(), entity));
		return rows.stream().map((row) -> {
			EntityRecord entity = byId.get(((Number) row[0]).longValue());
			return new EntitySummary(entity.getId(), entity.getName(), entity.getType(), entity.getDescription(),
					((Number) row[1]).longValue(), ((Number) row[2]).longValue());
		}).toList();
	}

	/**
	 * The record a merged one now lives on. The database refuses merge cycles; should one
	 * be there anyway, this stops at it rather than going round for ever.
	 */
	private EntityRecord resolve(EntityRecord entity) {
		EntityRecord current = entity;
		Set<Long> seen = new LinkedHashSet<>();
		while (current.getMergedInto() != null) {
			if (!seen.add(current.getId())) {
				throw new IllegalStateException("The entities " + seen + " are merged into each other");
			}
			current = this.entities.findById(current.getMergedInto()).orElseThrow();
		}
		return current;
	}

	private Map<Long, Long> articleCounts(List<Long> entityIds) {
		Map<Long, Long> counts = new HashMap<>();
		this.mentions.countsByEntity(entityIds)
			.forEach((row) -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
		return counts;
	}

	/** The sentence escaped, with every name of the entity in it marked. */
	static String highlighted(String sentence, EntityRecord entity) {
		if (sentence == null) {
			return null;
		}
		List<String> names = entity.getNames()
			.stream()
			.map(EntityName::name)
			.sorted(Comparator.comparing(String::length).reversed())
			.toList();
		StringBuilder html = new StringBuilder();
		int i = 0;
		outer: while (i < sentence.length()) {
			for (String name : names) {
				if (sentence.regionMatches(true, i, name, 0, name.length())) {
					html.append("<mark>")
						.append(HtmlUtils.htmlEscape(sentence.substring(i, i + name.length())))
						.append("</mark>");
					i += name.length();
					continue outer;
				}
			}
			html.append(HtmlUtils.htmlEscape(sentence.substring(i, i + 1)));
			i++;
		}
		return html.toString();
	}

	/**
	 * The type a parameter names, or null for none or one the archive does not know: all
	 * types.
	 */
	static EntityType parseType(String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return EntityType.valueOf(type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
