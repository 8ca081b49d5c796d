package org.newsarchive.story;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.MentionLookup;
import org.newsarchive.source.SourceRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stories: lists, one story with its coverage side by side, and an article's story,
 * the same story in other outlets and the same text elsewhere.
 */
@Service
@Transactional(readOnly = true)
public class Stories {

	private static final int RELATED_LISTED = 10;

	/**
	 * How many of the other outlets' articles of its story an article's page lists: a
	 * story of hundreds of articles is read in full on the story's page, which the
	 * article links to.
	 */
	static final int SAME_STORY_LISTED = 20;

	/** Fewer shared names than this is a coincidence, not a subject in common. */
	private static final int RELATED_SHARED_NAMES = 2;

	private final JdbcClient jdbc;

	private final ArticleQueries articles;

	private final ObjectProvider<MentionLookup> mentions;

	Stories(JdbcClient jdbc, ArticleQueries articles, ObjectProvider<MentionLookup> mentions) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.mentions = mentions;
	}

	/** Stories whose coverage ended most recently first; undated ones last. */
	public Page<StorySummary> recent(StoryFilter filter, int page, int size) {
		return list(filter, page, size, "s.last_day desc nulls last, s.id desc");
	}

	/** Stories with the most articles first. */
	public Page<StorySummary> largest(StoryFilter filter, int page, int size) {
		return list(filter, page, size, "s.article_count desc, s.last_day desc nulls last, s.id desc");
	}

	public StoryDetail story(long id) {
		StoryRow row = storyRow(id).orElseThrow(() -> new StoryNotFoundException(id));
		List<MemberRow> members = members(id);
		Map<Long, ArticleSummary> summaries = new HashMap<>();
		this.articles.summaries(members.stream().map(MemberRow::articleId).toList())
			.forEach((summary) -> summaries.put(summary.id(), summary));
		List<MemberRow> present = members.stream().filter((m) -> summaries.containsKey(m.articleId())).toList();
		List<StoryArticle> timeline = timeline(present, summaries);
		List<SourceRef> outlets = present.stream()
			.map((m) -> summaries.get(m.articleId()).source())
			.distinct()
			.toList();
		List<ArticleView> views = present.stream().map((m) -> this.articles.get(m.articleId())).toList();
		StoryPhrases.Result phrases = StoryPhrases.of(views.stream().map((v) -> v.source()).toList(),
				views.stream().map((v) -> Tokens.of(wholeText(v))).toList(),
				views.stream().map((v) -> Tokens.of(opening(v.title(), v.otherTitle(), v.lede()))).toList());
		return new StoryDetail(row.id(), row.title(), row.firstDay(), row.lastDay(), present.size(), outlets, timeline,
				people(present, summaries, outlets), phrases.shared(), phrases.unique(), related(id, present));
	}

	/** The story an article is part of, if any. */
	public Optional<StoryRef> storyOf(long articleId) {
		return Optional.ofNullable(storiesOf(List.of(articleId)).get(articleId));
	}

	/** The stories of many articles in one look-up; an article in none is left out. */
	public Map<Long, StoryRef> storiesOf(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, StoryRef> stories = new HashMap<>();
		this.jdbc
			.sql("select m.article_id, s.id, s.title from story_members m join stories s on s.id = m.story_id "
					+ "where m.article_id in (:ids)")
			.param("ids", articleIds)
			.query((rs, n) -> stories.put(rs.getLong(1), new StoryRef(rs.getLong(2), rs.getString(3))))
			.list();
		return stories;
	}

	/**
	 * The other outlets' articles of an article's story, the {@value #SAME_STORY_LISTED}
	 * earliest, without the copies of its own text.
	 */
	public List<ArticleSummary> sameStoryElsewhere(long articleId) {
		return sameStoryElsewhere(articleId, SAME_STORY_LISTED);
	}

	List<ArticleSummary> sameStoryElsewhere(long articleId, int limit) {
		List<Long> ids = this.jdbc.sql("""
				select m.article_id from story_members own
				join story_members m on m.story_id = own.story_id and m.article_id <> own.article_id
				join articles a on a.id = m.article_id
				join articles mine on mine.id = own.article_id
				where own.article_id = :id and a.source_id <> mine.source_id
				and coalesce(m.duplicate_of, m.article_id) <> coalesce(own.duplicate_of, own.article_id)
				order by a.published_start nulls last, a.id
				limit :limit""").param("id", articleId).param("limit", limit).query(Long.class).list();
		return this.articles.summaries(ids);
	}

	/**
	 * Articles carrying the same text as this one (reprints, the other script, later
	 * versions), first appearance first. The copies are found through the index on
	 * {@code duplicate_of} and the first appearance through the primary key; a join on
	 * {@code coalesce(duplicate_of, article_id)} read every member of every story.
	 */
	public List<ArticleSummary> sameTextElsewhere(long articleId) {
		List<Long> ids = this.jdbc.sql("""
				select m.article_id from story_members own
				join story_members m on m.duplicate_of = coalesce(own.duplicate_of, own.article_id)
				  or (m.duplicate_of is null and m.article_id = coalesce(own.duplicate_of, own.article_id))
				join articles a on a.id = m.article_id
				where own.article_id = :id and m.article_id <> own.article_id
				order by a.published_start nulls last, a.id""").param("id", articleId).query(Long.class).list();
		return this.articles.summaries(ids);
	}

	/**
	 * Articles outside a story naming at least {@value #RELATED_SHARED_NAMES} of the same
	 * people, organisations or places, those sharing most first.
	 */
	public List<RelatedArticle> related(long storyId) {
		storyRow(storyId).orElseThrow(() -> new StoryNotFoundException(storyId));
		return related(storyId, members(storyId));
	}

	private List<RelatedArticle> related(long storyId, List<MemberRow> members) {
		List<Long> memberIds = members.stream().map(MemberRow::articleId).toList();
		Map<Long, List<EntityRef>> named = entitiesIn(memberIds);
		Map<Long, String> storyNames = new LinkedHashMap<>();
		named.values().forEach((refs) -> refs.forEach((ref) -> storyNames.putIfAbsent(ref.id(), ref.name())));
		if (storyNames.isEmpty()) {
			return List.of();
		}
		List<Long[]> candidates = this.jdbc.sql("""
				select f.article_id, count(*) from story_features f, unnest(f.entity_ids) e
				where e in (:entities) and f.article_id not in (:members)
				group by f.article_id having count(*) >= :least
				order by count(*) desc, f.article_id limit :limit""")
			.param("entities", storyNames.keySet())
			.param("members", memberIds)
			.param("least", RELATED_SHARED_NAMES)
			.param("limit", RELATED_LISTED)
			.query((rs, n) -> new Long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		List<Long> ids = candidates.stream().map((c) -> c[0]).toList();
		Map<Long, StoryRef> stories = storiesOf(ids);
		Map<Long, List<EntityRef>> theirs = entitiesIn(ids);
		return this.articles.summaries(ids)
			.stream()
			.map((summary) -> new RelatedArticle(summary, stories.get(summary.id()),
					theirs.getOrDefault(summary.id(), List.of())
						.stream()
						.filter((ref) -> storyNames.containsKey(ref.id()))
						.map((ref) -> storyNames.get(ref.id()))
						.toList()))
			.filter((related) -> related.story() == null || related.story().id() != storyId)
			.toList();
	}

	private Page<StorySummary> list(StoryFilter filter, int page, int size, String order) {
		StringBuilder where = new StringBuilder(" where s.article_count > 0");
		Map<String, Object> params = new HashMap<>();
		if (!filter.sources().isEmpty()) {
			where.append(" and exists (select 1 from story_members m join articles a on a.id = m.article_id "
					+ "join sources src on src.id = a.source_id where m.story_id = s.id and src.slug in (:slugs))");
			params.put("slugs", filter.sources());
		}
		if (filter.from() != null) {
			where.append(" and s.last_day >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" and s.first_day <= :to");
			params.put("to", filter.to());
		}
		long total = this.jdbc.sql("select count(*) from stories s" + where).params(params).query(Long.class).single();
		List<StoryRow> rows = this.jdbc
			.sql("select s.id, s.title, s.first_day, s.last_day, s.article_count from stories s" + where + " order by "
					+ order + " limit :size offset :offset")
			.params(params)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(Stories::storyRow)
			.list();
		Map<Long, List<SourceRef>> outlets = outlets(rows.stream().map(StoryRow::id).toList());
		List<StorySummary> summaries = rows.stream()
			.map((r) -> new StorySummary(r.id(), r.title(), r.firstDay(), r.lastDay(), r.articles(),
					outlets.getOrDefault(r.id(), List.of())))
			.toList();
		return new PageImpl<>(summaries, PageRequest.of(page, size), total);
	}

	private Map<Long, List<SourceRef>> outlets(List<Long> storyIds) {
		if (storyIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<SourceRef>> outlets = new HashMap<>();
		this.jdbc.sql("""
				select m.story_id, src.slug, src.name from story_members m
				join articles a on a.id = m.article_id join sources src on src.id = a.source_id
				where m.story_id in (:ids) order by a.published_start nulls last, a.id""")
			.param("ids", storyIds)
			.query((rs, n) -> outlets.computeIfAbsent(rs.getLong(1), (id) -> new LinkedHashSet<>())
				.add(new SourceRef(rs.getString(2), rs.getString(3))))
			.list();
		return outlets.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> List.copyOf(entry.getValue())));
	}

	private Optional<StoryRow> storyRow(long id) {
		return this.jdbc
			.sql("select s.id, s.title, s.first_day, s.last_day, s.article_count from stories s where s.id = :id")
			.param("id", id)
			.query(Stories::storyRow)
			.optional();
	}

	private List<MemberRow> members(long storyId) {
		return this.jdbc.sql("""
				select m.article_id, m.duplicate_of, m.joined_to, m.similarity, m.shared_people, m.shared_phrases,
				m.day_gap, p.article_id is not null as pinned
				from story_members m join articles a on a.id = m.article_id
				left join story_pins p on p.article_id = m.article_id and p.story_id = m.story_id
				where m.story_id = :id order by a.published_start nulls last, a.id""")
			.param("id", storyId)
			.query(Stories::memberRow)
			.list();
	}

	/**
	 * Near-duplicates fold under their first appearance where it is in the same story.
	 */
	private static List<StoryArticle> timeline(List<MemberRow> members, Map<Long, ArticleSummary> summaries) {
		Set<Long> inStory = members.stream().map(MemberRow::articleId).collect(Collectors.toSet());
		Map<Long, List<StoryArticle>> copies = new HashMap<>();
		for (MemberRow member : members) {
			if (member.duplicateOf() != null && inStory.contains(member.duplicateOf())) {
				copies.computeIfAbsent(member.duplicateOf(), (id) -> new ArrayList<>())
					.add(new StoryArticle(summaries.get(member.articleId()), member.reason(), List.of()));
			}
		}
		return members.stream()
			.filter((member) -> member.duplicateOf() == null || !inStory.contains(member.duplicateOf()))
			.map((member) -> new StoryArticle(summaries.get(member.articleId()), member.reason(),
					copies.getOrDefault(member.articleId(), List.of())))
			.toList();
	}

	private List<OutletPeople> people(List<MemberRow> members, Map<Long, ArticleSummary> summaries,
			List<SourceRef> outlets) {
		Map<Long, List<EntityRef>> named = entitiesIn(members.stream().map(MemberRow::articleId).toList());
		Map<SourceRef, Map<EntityRef, Integer>> counts = new HashMap<>();
		named.forEach((articleId, refs) -> refs
			.forEach((ref) -> counts.computeIfAbsent(summaries.get(articleId).source(), (s) -> new HashMap<>())
				.merge(ref, 1, Integer::sum)));
		return outlets.stream().filter(counts::containsKey).map((outlet) -> {
			Map<EntityRef, Integer> theirs = counts.get(outlet);
			List<EntityRef> people = theirs.keySet()
				.stream()
				.sorted(Comparator.comparing((EntityRef ref) -> -theirs.get(ref)).thenComparing(EntityRef::name))
				.toList();
			return new OutletPeople(outlet, people);
		}).toList();
	}

	private Map<Long, List<EntityRef>> entitiesIn(Collection<Long> articleIds) {
		MentionLookup lookup = this.mentions.getIfAvailable();
		return (lookup == null || articleIds.isEmpty()) ? Map.of() : lookup.entitiesIn(articleIds);
	}

	/** Title, other title, lede and every paragraph and heading. */
	static String wholeText(ArticleView article) {
		List<String> parts = new ArrayList<>();
		parts.add(opening(article.title(), article.otherTitle(), article.lede()));
		parts.addAll(paragraphs(article.body()));
		return String.join("\n", parts);
	}

	/** The title, the other-language title and the lede, those there are. */
	static String opening(String title, String otherTitle, String lede) {
		return String.join("\n", Arrays.asList(title, otherTitle, lede).stream().filter(Objects::nonNull).toList());
	}

	/** The text of the paragraphs and headings, in reading order. */
	static List<String> paragraphs(List<Block> body) {
		return body.stream().filter((block) -> block.kind() != Block.Kind.IMAGE).map(Block::text).toList();
	}

	private static StoryRow storyRow(ResultSet rs, int rowNum) throws SQLException {
		return new StoryRow(rs.getLong("id"), rs.getString("title"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class), rs.getInt("article_count"));
	}

	private static MemberRow memberRow(ResultSet rs, int rowNum) throws SQLException {
		Long duplicateOf = rs.getObject("duplicate_of", Long.class);
		StoryReason reason = new StoryReason(
				(duplicateOf != null) ? StoryReason.Kind.NEAR_DUPLICATE : StoryReason.Kind.MEMBER,
				rs.getObject("joined_to", Long.class), duplicateOf,
				(rs.getObject("similarity") != null) ? (double) rs.getFloat("similarity") : null,
				strings(rs.getArray("shared_people")), strings(rs.getArray("shared_phrases")),
				rs.getObject("day_gap", Integer.class), rs.getBoolean("pinned"));
		return new MemberRow(rs.getLong("article_id"), duplicateOf, reason);
	}

	static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	private record StoryRow(long id, String title, LocalDate firstDay, LocalDate lastDay, int articles) {

	}

	private record MemberRow(long articleId, Long duplicateOf, StoryReason reason) {

	}

}
