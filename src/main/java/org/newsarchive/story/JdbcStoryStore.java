package org.newsarchive.story;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsarchive.article.EntityRef;
import org.newsarchive.article.MentionLookup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stories and articles' features in PostgreSQL. */
@Component
class JdbcStoryStore implements StoryStore {

	/** The key of the advisory lock story assignment holds: "stories" in ASCII. */
	private static final long ASSIGNMENT_LOCK = 0x73746f72696573L;

	private static final String FEATURES = "select f.article_id, f.first_day, f.last_day, f.signature, "
			+ "f.title_terms, f.terms, f.entity_ids from story_features f";

	private final JdbcClient jdbc;

	private final ObjectProvider<MentionLookup> mentions;

	private final StoryPool pool = new StoryPool();

	/**
	 * The last change of {@code story_feature_log} the pool holds; -1 before the first.
	 */
	private long poolSeen = -1;

	JdbcStoryStore(JdbcClient jdbc, ObjectProvider<MentionLookup> mentions) {
		this.jdbc = jdbc;
		this.mentions = mentions;
	}

	@Override
	public void saveFeatures(ArticleFeatures features) {
		this.jdbc.sql("""
				insert into story_features (article_id, revision, first_day, last_day, signature, title_terms,
				terms, entity_ids)
				values (:id, (select revision from articles where id = :id), :first, :last, :signature,
				:titleTerms, :terms, :entities)
				on conflict (article_id) do update set revision = excluded.revision, first_day = excluded.first_day,
				last_day = excluded.last_day, signature = excluded.signature, title_terms = excluded.title_terms,
				terms = excluded.terms, entity_ids = excluded.entity_ids""")
			.param("id", features.articleId())
			.param("first", features.firstDay())
			.param("last", features.lastDay())
			.param("signature", array(features.signature()))
			.param("titleTerms", array(features.titleTerms()))
			.param("terms", array(features.terms()))
			.param("entities", array(features.entityIds()))
			.update();
		this.jdbc.sql("delete from story_bands where article_id = :id").param("id", features.articleId()).update();
		this.jdbc.sql("insert into story_bands (band, article_id) select distinct unnest(:bands), :id")
			.param("bands", array(MinHash.bands(features.signature())))
			.param("id", features.articleId())
			.update();
	}

	/** The features stored for an article, or null. */
	ArticleFeatures features(long articleId) {
		return this.jdbc.sql(FEATURES + " where f.article_id = :id")
			.param("id", articleId)
			.query(JdbcStoryStore::features)
			.optional()
			.orElse(null);
	}

	/**
	 * Serialises story assignment across the portal instances on one database until the
	 * transaction ends: two articles of one story assigned at once must see each other,
	 * and the feature log must be read in the order of its changes.
	 */
	void lockForAssignment() {
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ASSIGNMENT_LOCK).query(Object.class).single();
	}

	/**
	 * The window from the days in memory, brought up to date with the articles changed
	 * since it was last looked at, by this instance or another, or deleted; read from the
	 * database only when first needed.
	 */
	@Override
	public synchronized StoryPool.Window pool(LocalDate from, LocalDate to) {
		catchUp();
		return this.pool.window(from, to, () -> datedBetween(from, to));
	}

	/**
	 * Forgets the days in memory: after a failed assignment they may hold changes that
	 * were rolled back.
	 */
	synchronized void forgetPool() {
		this.pool.clear();
		this.poolSeen = -1;
	}

	private void catchUp() {
		if (this.poolSeen < 0) {
			this.poolSeen = this.jdbc.sql("select coalesce(max(seq), 0) from story_feature_log")
				.query(Long.class)
				.single();
			this.pool.clear();
			return;
		}
		List<long[]> changes = this.jdbc.sql("select seq, article_id from story_feature_log where seq > :seen")
			.param("seen", this.poolSeen)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		if (changes.isEmpty()) {
			return;
		}
		long[] changed = changes.stream().mapToLong((change) -> change[1]).distinct().toArray();
		Map<Long, ArticleFeatures> now = this.jdbc.sql(FEATURES + " where f.article_id = any(:ids)")
			.param("ids", array(changed))
			.query(JdbcStoryStore::features)
			.list()
			.stream()
			.collect(Collectors.toMap(ArticleFeatures::articleId, (features) -> features));
		for (long id : changed) {
			ArticleFeatures features = now.get(id);
			if (features != null) {
				this.pool.put(features);
			}
			else {
				this.pool.remove(id);
			}
		}
		this.poolSeen = changes.stream().mapToLong((change) -> change[0]).max().orElseThrow();
	}

	/** Articles whose publication may fall between the two days, both included. */
	List<ArticleFeatures> datedBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql(FEATURES + " where f.first_day <= :to and f.last_day >= :from")
			.param("from", from)
			.param("to", to)
			.query(JdbcStoryStore::features)
			.list();
	}

	@Override
	public List<ArticleFeatures> sharingBands(long[] bands) {
		if (bands.length == 0) {
			return List.of();
		}
		return this.jdbc
			.sql(FEATURES
					+ " where f.article_id in (select b.article_id from story_bands b where b.band = any(:bands))")
			.param("bands", array(bands))
			.query(JdbcStoryStore::features)
			.list();
	}

	@Override
	public Membership membership(long articleId) {
		return this.jdbc.sql("""
				select m.story_id, m.duplicate_of, p.article_id is not null as pinned from story_members m
				left join story_pins p on p.article_id = m.article_id and p.story_id = m.story_id
				where m.article_id = :id""")
			.param("id", articleId)
			.query((rs, n) -> new Membership(rs.getLong(1), rs.getObject(2, Long.class), rs.getBoolean(3)))
			.optional()
			.orElse(null);
	}

	@Override
	public long createStory(long firstArticleId) {
		long storyId = this.jdbc
			.sql("insert into stories (title) select title from articles where id = :id returning id")
			.param("id", firstArticleId)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into story_members (article_id, story_id) values (:article, :story)")
			.param("article", firstArticleId)
			.param("story", storyId)
			.update();
		return storyId;
	}

	@Override
	public void join(long storyId, Placement placement) {
		Map<Long, String> names = this.mentions.stream()
			.flatMap((lookup) -> lookup.entitiesIn(placement.articleId()).stream())
			.collect(Collectors.toMap(EntityRef::id, EntityRef::name, (a, b) -> a));
		String[] sharedPeople = placement.sharedNames()
			.stream()
			.map(names::get)
			.filter((name) -> name != null)
			.toArray(String[]::new);
		this.jdbc.sql("""
				insert into story_members (article_id, story_id, duplicate_of, joined_to, similarity, shared_people,
				shared_phrases, day_gap)
				values (:article, :story, :duplicateOf, :joinedTo, :similarity, :people, :phrases, :gap)
				on conflict (article_id) do update set story_id = excluded.story_id,
				duplicate_of = excluded.duplicate_of, joined_to = excluded.joined_to, similarity = excluded.similarity,
				shared_people = excluded.shared_people, shared_phrases = excluded.shared_phrases,
				day_gap = excluded.day_gap""")
			.param("article", placement.articleId())
			.param("story", storyId)
			.param("duplicateOf", placement.duplicateOf())
			.param("joinedTo", placement.joinedTo())
			.param("similarity", (float) placement.similarity())
			.param("people", array(sharedPeople))
			.param("phrases", array(placement.sharedPhrases().toArray(String[]::new)))
			.param("gap", placement.dayGap())
			.update();
		refresh(storyId);
	}

	@Override
	public void leave(long articleId) {
		Membership membership = membership(articleId);
		if (membership == null) {
			return;
		}
		this.jdbc.sql("delete from story_members where article_id = :id").param("id", articleId).update();
		refresh(membership.storyId());
	}

	/**
	 * Sets a story's title, days and counts from its articles; dissolves a story left
	 * with one article and no administrator's decision.
	 */
	void refresh(long storyId) {
		this.jdbc
			.sql("""
					delete from stories s where s.id = :id and (select count(*) from story_members m where m.story_id = s.id) < 2
					and not exists (select 1 from story_pins p where p.story_id = s.id)""")
			.param("id", storyId)
			.update();
		this.jdbc
			.sql("""
					update stories s set
					title = coalesce((select a.title from story_members m join articles a on a.id = m.article_id
						where m.story_id = s.id order by a.published_start nulls last, a.id limit 1), s.title),
					first_day = (select min(a.published_first_day) from story_members m join articles a on a.id = m.article_id
						where m.story_id = s.id),
					last_day = (select max(a.published_last_day) from story_members m join articles a on a.id = m.article_id
						where m.story_id = s.id),
					article_count = (select count(*) from story_members m where m.story_id = s.id),
					outlet_count = (select count(distinct a.source_id) from story_members m join articles a on a.id = m.article_id
						where m.story_id = s.id),
					updated_at = now()
					where s.id = :id""")
			.param("id", storyId)
			.update();
	}

	private static SqlParameterValue array(Object values) {
		return new SqlParameterValue(Types.ARRAY, values);
	}

	private static ArticleFeatures features(ResultSet rs, int rowNum) throws SQLException {
		Integer[] signature = (Integer[]) rs.getArray("signature").getArray();
		Long[] entities = (Long[]) rs.getArray("entity_ids").getArray();
		return new ArticleFeatures(rs.getLong("article_id"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class),
				Arrays.stream(signature).mapToInt(Integer::intValue).toArray(), strings(rs.getArray("title_terms")),
				strings(rs.getArray("terms")), Arrays.stream(entities).mapToLong(Long::longValue).toArray());
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

}
