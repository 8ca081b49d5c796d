package org.newsarchive.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.MentionLookup;
import org.newsarchive.search.NameExpansion;

import org.springframework.data.domain.Limit;
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

	private final EntityRepository entities;

	private final MentionRepository mentions;

	private final ArticleQueries articles;

	private final RejectedNames rejected;

	EntityDirectory(EntityRepository entities, MentionRepository mentions, ArticleQueries articles,
			RejectedNames rejected) {
		this.entities = entities;
		this.mentions = mentions;
		this.articles = articles;
		this.rejected = rejected;
	}

	/**
	 * Replaces what is recorded of an article with a fresh recognition of it. The
	 * entities are taken in the order of their keys and locked, so that two articles
	 * naming the same people at once wait for each other in the same order, and each adds
	 * its names to what the other stored. An entity with a name an administrator rejected
	 * is left out.
	 */
	@Transactional
	public void record(long articleId, Recognition recognition) {
		this.mentions.deleteByArticleId(articleId);
		this.mentions.flush();
		Map<String, EntityRecord> byKey = new HashMap<>();
		Set<String> dropped = rejectedKeys(recognition.entities());
		List<RecognisedEntity> kept = recognition.entities()
			.stream()
			.filter((recognised) -> !dropped.contains(recognised.key()))
			.sorted(Comparator.comparing(RecognisedEntity::key))
			.toList();
		Map<String, EntityRecord> known = new HashMap<>();
		if (!kept.isEmpty()) {
			this.entities.findAllByKeys(kept.stream().map(RecognisedEntity::key).toList())
				.forEach((entity) -> known.put(entity.getKey(), entity));
		}
		for (RecognisedEntity recognised : kept) {
			EntityRecord entity = known.get(recognised.key());
			if (entity == null) {
				entity = this.entities.save(new EntityRecord(recognised));
			}
			entity.learn(recognised);
			byKey.put(recognised.key(), entity);
		}
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
		this.mentions.saveAll(byEntity.values());
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
		List<MentionRecord> named = this.mentions.findByArticleIdOrderByCountDesc(articleId);
		Map<Long, EntityRecord> byId = new HashMap<>();
		this.entities.findAllById(named.stream().map(MentionRecord::getEntityId).toList())
			.forEach((entity) -> byId.put(entity.getId(), entity));
		return named.stream()
			.map((mention) -> byId.get(mention.getEntityId()))
			.map((entity) -> new EntityRef(entity.getId(), entity.getName(), entity.getType().name()))
			.toList();
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
			Map<Long, Long> counts = articleCounts();
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

	/** Everyone named in at least one article, most named first. */
	public List<EntitySummary> list(EntityType type, String name) {
		Map<Long, long[]> counts = counts();
		List<EntityRecord> found = (name == null || name.isBlank()) ? this.entities.findAll()
				: this.entities.findByNamePrefix(EntityNames.fold(name));
		return found.stream()
			.filter((entity) -> entity.getMergedInto() == null && counts.containsKey(entity.getId()))
			.filter((entity) -> type == null || entity.getType() == type)
			.map((entity) -> summary(entity, counts))
			.sorted(Comparator.comparing(EntitySummary::articleCount)
				.thenComparing(EntitySummary::mentionCount)
				.reversed()
				.thenComparing(EntitySummary::name))
			.toList();
	}

	/**
	 * The entities of a type named in the most articles: of the whole archive, or of one
	 * source's articles.
	 * @param sourceId the source, or null for all
	 */
	public List<EntitySummary> mostNamed(EntityType type, Long sourceId, int limit) {
		List<Object[]> rows = (sourceId != null) ? this.mentions.mostNamedInSource(sourceId, type.name(), limit)
				: this.mentions.mostNamed(type, Limit.of(limit));
		Map<Long, EntityRecord> byId = new HashMap<>();
		this.entities.findAllById(rows.stream().map((row) -> ((Number) row[0]).longValue()).toList())
			.forEach((entity) -> byId.put(entity.getId(), entity));
		return rows.stream().map((row) -> {
			EntityRecord entity = byId.get(((Number) row[0]).longValue());
			return new EntitySummary(entity.getId(), entity.getName(), entity.getType(), entity.getDescription(),
					((Number) row[1]).longValue(), ((Number) row[2]).longValue());
		}).toList();
	}

	/** People whose name starts with what a reader has typed, for the search box. */
	public List<EntitySummary> suggest(String prefix, int limit) {
		if (prefix == null || prefix.isBlank()) {
			return List.of();
		}
		return list(null, prefix).stream().limit(limit).toList();
	}

	public EntityDetail detail(long id) {
		EntityRecord entity = this.entities.findById(id).orElseThrow(() -> new EntityNotFoundException(id));
		if (entity.getMergedInto() != null) {
			return detail(entity.getMergedInto());
		}
		List<MentionRecord> named = this.mentions.findByEntityId(id);
		Map<Long, ArticleSummary> summaries = this.articles
			.summaries(named.stream().map(MentionRecord::getArticleId).toList())
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, (a) -> a));
		List<EntityDetail.Appearance> appearances = new ArrayList<>();
		Map<String, List<EntityDetail.ArticleRef>> roles = new LinkedHashMap<>();
		Map<String, Long> months = new TreeMap<>();
		for (MentionRecord mention : named) {
			ArticleSummary article = summaries.get(mention.getArticleId());
			if (article == null) {
				continue;
			}
			appearances.add(new EntityDetail.Appearance(article, mention.getCount(), mention.getFirstSentence(),
					highlighted(mention.getFirstSentence(), entity)));
			mention.getRoles()
				.stream()
				.distinct()
				.forEach((role) -> roles.computeIfAbsent(role, (r) -> new ArrayList<>())
					.add(new EntityDetail.ArticleRef(article.id(), article.title())));
			if (article.published() != null && article.published()
				.precision()
				.compareTo(org.newsarchive.article.Published.Precision.MONTH) >= 0) {
				months.merge(article.published().value().substring(0, 7), 1L, Long::sum);
			}
		}
		appearances.sort(Comparator.comparing((EntityDetail.Appearance a) -> (a.article().published() != null)
				? a.article().published().earliest().toInstant() : Instant.MIN)
			.reversed());
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
		return new EntityDetail(entity.getId(), entity.getKey(), entity.getName(), entity.getType(),
				entity.getWikidataId(), entity.getDescription(), names,
				roles.entrySet()
					.stream()
					.map((r) -> new EntityDetail.Role(r.getKey(), r.getValue()))
					.sorted(Comparator.comparing((EntityDetail.Role r) -> r.articles().size()).reversed())
					.toList(),
				appearances, alongside(entity.getId()), months);
	}

	/**
	 * Other articles about the same people: those naming the most of this article's
	 * people first, then the newest.
	 */
	public List<Long> relatedArticles(long articleId, int limit) {
		return this.mentions.articlesSharingEntities(articleId, EntityType.PERSON, Limit.of(limit))
			.stream()
			.map((row) -> (Long) row[0])
			.toList();
	}

	/** The ids of the articles that name an entity. */
	public Set<Long> articlesNaming(long entityId) {
		return this.mentions.findByEntityId(entityId)
			.stream()
			.map(MentionRecord::getArticleId)
			.collect(Collectors.toSet());
	}

	private List<EntitySummary> alongside(long id) {
		List<Object[]> rows = this.mentions.namedAlongside(id, EntityType.PERSON, Limit.of(ALONGSIDE));
		Map<Long, EntityRecord> byId = new HashMap<>();
		this.entities.findAllById(rows.stream().map((row) -> (Long) row[0]).toList())
			.forEach((entity) -> byId.put(entity.getId(), entity));
		return rows.stream().map((row) -> {
			EntityRecord entity = byId.get((Long) row[0]);
			return new EntitySummary(entity.getId(), entity.getName(), entity.getType(), entity.getDescription(),
					(Long) row[1], ((Number) row[2]).longValue());
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

	private Map<Long, long[]> counts() {
		return counts(this.mentions.countsByEntity());
	}

	private static Map<Long, long[]> counts(List<Object[]> rows) {
		Map<Long, long[]> counts = new HashMap<>();
		for (Object[] row : rows) {
			counts.put((Long) row[0], new long[] { (Long) row[1], ((Number) row[2]).longValue() });
		}
		return counts;
	}

	private Map<Long, Long> articleCounts() {
		Map<Long, Long> counts = new HashMap<>();
		counts().forEach((id, c) -> counts.put(id, c[0]));
		return counts;
	}

	private static EntitySummary summary(EntityRecord entity, Map<Long, long[]> counts) {
		long[] c = counts.getOrDefault(entity.getId(), new long[2]);
		return new EntitySummary(entity.getId(), entity.getName(), entity.getType(), entity.getDescription(), c[0],
				c[1]);
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
