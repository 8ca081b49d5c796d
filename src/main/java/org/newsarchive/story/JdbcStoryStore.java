package org.newsarchive.story;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.newsarchive.article.EntityRef;
import org.newsarchive.article.MentionLookup;
import org.newsarchive.source.SourceCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stories and articles' features in PostgreSQL. */
@Component
class JdbcStoryStore implements StoryStore {

	/** The key of the advisory lock story assignment holds: "stories" in ASCII. */
	private static final long ASSIGNMENT_LOCK = 0x73746f72696573L;

	/**
	 * Features with the source the article is stored under now, whose slug is its outlet
	 * (see {@link ArticleFeatures#outlet} and {@link #sources}).
	 */
	private static final String MEMBERSHIP = """
			select m.story_id, m.duplicate_of, p.article_id is not null as pinned, m.article_id from story_members m
			left join story_pins p on p.article_id = m.article_id and p.story_id = m.story_id""";

	private static final String FEATURES = "select f.article_id, f.first_day, f.last_day, f.signature, "
			+ "f.title_terms, f.terms, f.entity_ids, f.named_days, f.figures, a.source_id from story_features f "
			+ "left join articles a on a.id = f.article_id";

	private final JdbcClient jdbc;

	/** For the features' JDBC batch, which {@link JdbcClient} does not send. */
	private final NamedParameterJdbcTemplate batch;

	private final ObjectProvider<MentionLookup> mentions;

	private final StoryPool pool = new StoryPool();

	/** The key of the memberships read for a batch (see {@link #readMemberships}). */
	private final Object memberships = new Object();

	/**
	 * Each source's slug, kept by the catalogue: a window of thousands of articles shares
	 * one string per outlet instead of joining and reading each article's.
	 */
	private final SourceCatalog sources;

	/**
	 * Changes of {@code story_feature_log} kept once every instance should have applied
	 * them: an instance further behind than that counts its days afresh.
	 */
	static final int LOG_KEPT = 10_000;

	/**
	 * The last change of {@code story_feature_log} the pool holds; -1 before the first.
	 */
	private long poolSeen = -1;

	private long featuresRead;

	/** Changes of the log up to this one are deleted. */
	private long logPrunedTo;

	/**
	 * The features saved in the assignment under way, in order, until it writes them: the
	 * pool took them as they are instead of reading back what was written.
	 */
	private final Map<Long, ArticleFeatures> savedHere = new LinkedHashMap<>();

	/**
	 * For each article of the batch under way, the stored articles whose text it repeats
	 * (see {@link #readCopies}); null where none were read.
	 */
	private Map<ArticleFeatures, List<ArticleFeatures>> storedCopies;

	/**
	 * The stored articles a band is followed to at most, the newest: a band shared by
	 * more is boilerplate (a daily template, a footer) or a text reprinted that often,
	 * whose newest sharers still hold copies of it. Without a bound, the articles read
	 * for a batch grow with the archive wherever texts share paragraphs.
	 */
	private final int bandFollowed;

	/** The band-sharers' signatures read since start, for tests and measurements. */
	private long bandSharersRead;

	/**
	 * Reads the rows of a query a thousand at a time: the articles sharing a band with a
	 * batch grow with the archive.
	 */
	private final JdbcTemplate streaming;

	JdbcStoryStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, ObjectProvider<MentionLookup> mentions,
			SourceCatalog sources, @Value("${archive.stories.band-followed:200}") int bandFollowed) {
		this.jdbc = jdbc;
		this.bandFollowed = bandFollowed;
		this.batch = batch;
		this.mentions = mentions;
		this.sources = sources;
		this.streaming = new JdbcTemplate(batch.getJdbcTemplate().getDataSource());
		this.streaming.setFetchSize(1_000);
	}

	/**
	 * Takes the article's features as stored for the assignment under way: the windows of
	 * days and the look-ups of bands see them at once, the database when the assignment
	 * writes them all ({@link #writeFeatures}).
	 */
	@Override
	public synchronized void saveFeatures(ArticleFeatures features) {
		this.savedHere.put(features.articleId(), features);
		this.pool.put(features);
	}

	/**
	 * Writes the features saved since the assignment began in one JDBC batch, one round
	 * trip instead of one an article, and brings the days in memory past the log's
	 * entries for them.
	 */
	synchronized void writeFeatures() {
		if (this.savedHere.isEmpty()) {
			return;
		}
		// One statement an article, not three: the features (the log's trigger fires for
		// them) and the signature's bands, those it no longer has deleted.
		this.batch.batchUpdate("""
				with saved as (insert into story_features (article_id, revision, first_day, last_day, signature,
				title_terms, terms, entity_ids, named_days, figures)
				values (:id, (select revision from articles where id = :id), :first, :last, :signature,
				:titleTerms, :terms, :entities, cast(:namedDays as date[]), :figures)
				on conflict (article_id) do update set revision = excluded.revision, first_day = excluded.first_day,
				last_day = excluded.last_day, signature = excluded.signature, title_terms = excluded.title_terms,
				terms = excluded.terms, entity_ids = excluded.entity_ids, named_days = excluded.named_days,
				figures = excluded.figures
				returning article_id),
				gone as (delete from story_bands where article_id = :id and band <> all(:bands))
				insert into story_bands (band, article_id) select distinct unnest(:bands), article_id from saved
				on conflict do nothing""",
				this.savedHere.values().stream().map(JdbcStoryStore::parameters).toArray(SqlParameterSource[]::new));
		catchUp();
		this.savedHere.clear();
		this.storedCopies = null;
	}

	private static SqlParameterSource parameters(ArticleFeatures features) {
		return new MapSqlParameterSource().addValue("id", features.articleId())
			.addValue("first", features.firstDay())
			.addValue("last", features.lastDay())
			.addValue("signature", array(features.signature()))
			.addValue("titleTerms", array(features.titleTerms()))
			.addValue("terms", array(features.terms()))
			.addValue("entities", array(features.entityIds()))
			.addValue("namedDays", array(features.namedDays().stream().map(LocalDate::toString).toArray(String[]::new)))
			.addValue("figures", array(features.figures()))
			.addValue("bands", array(MinHash.bands(features.signature())));
	}

	/** The features stored for the articles that have some, by article, in one query. */
	Map<Long, ArticleFeatures> features(Collection<Long> articleIds) {
		Map<Long, ArticleFeatures> stored = new HashMap<>();
		this.jdbc.sql(FEATURES + " where f.article_id = any(:ids)")
			.param("ids", array(articleIds.toArray(Long[]::new)))
			.query((rs, rowNum) -> features(rs))
			.list()
			.forEach((features) -> stored.put(features.articleId(), features));
		return stored;
	}

	/** The features stored for an article, or null. */
	ArticleFeatures features(long articleId) {
		return this.jdbc.sql(FEATURES + " where f.article_id = :id")
			.param("id", articleId)
			.query((rs, rowNum) -> features(rs))
			.optional()
			.orElse(null);
	}

	/**
	 * Serialises story assignment across the portal instances on one database until the
	 * transaction ends: two articles of one story assigned at once must see each other,
	 * and the feature log must be read in the order of its changes. The days in memory
	 * are brought up to date here, once: while the lock is held only deletions by others
	 * can add to the log.
	 */
	void lockForAssignment() {
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", ASSIGNMENT_LOCK).query(Object.class).single();
		synchronized (this) {
			this.savedHere.clear();
			this.storedCopies = null;
			catchUp();
		}
	}

	/**
	 * The window from the days in memory, brought up to date with the articles changed
	 * since it was last looked at, by this instance or another, or deleted (during an
	 * assignment with features saved, as of its start); read from the database only when
	 * first needed.
	 */
	@Override
	public synchronized StoryPool.Window pool(LocalDate from, LocalDate to) {
		if (this.savedHere.isEmpty()) {
			catchUp();
		}
		return this.pool.window(from, to, () -> withSavedHere(datedBetween(from, to, this.pool::held), from, to));
	}

	/**
	 * The articles stored between the two days as the assignment under way has them: its
	 * own features in place of those stored, and those it saved for days it had not
	 * looked at yet.
	 */
	private List<ArticleFeatures> withSavedHere(List<ArticleFeatures> stored, LocalDate from, LocalDate to) {
		if (this.savedHere.isEmpty()) {
			return stored;
		}
		List<ArticleFeatures> articles = new ArrayList<>(stored);
		articles.removeIf((article) -> this.savedHere.containsKey(article.articleId()));
		this.savedHere.values()
			.stream()
			.filter((article) -> article.firstDay() != null && !article.firstDay().isAfter(to)
					&& !article.lastDay().isBefore(from))
			.forEach(articles::add);
		return articles;
	}

	/**
	 * Forgets the days in memory: after a failed assignment they may hold changes that
	 * were rolled back.
	 */
	synchronized void forgetPool() {
		this.pool.clear();
		this.poolSeen = -1;
		this.savedHere.clear();
		this.storedCopies = null;
	}

	private void catchUp() {
		if (this.poolSeen < 0) {
			this.poolSeen = this.jdbc.sql("select coalesce(max(seq), 0) from story_feature_log")
				.query(Long.class)
				.single();
			this.pool.clear();
			return;
		}
		List<long[]> changes = this.jdbc
			.sql("select seq, article_id from story_feature_log where seq > :seen order by seq")
			.param("seen", this.poolSeen)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		if (changes.isEmpty()) {
			return;
		}
		if (changes.get(0)[0] > this.poolSeen + 1) {
			// Changes this instance had not applied were pruned (or a transaction that
			// wrote one rolled back): the days in memory cannot be trusted.
			this.pool.clear();
			this.poolSeen = changes.get(changes.size() - 1)[0];
			return;
		}
		long[] changed = changes.stream().mapToLong((change) -> change[1]).distinct().toArray();
		Map<Long, ArticleFeatures> now = new HashMap<>();
		long[] elsewhere = Arrays.stream(changed).filter((id) -> !this.savedHere.containsKey(id)).toArray();
		if (elsewhere.length > 0) {
			this.jdbc.sql(FEATURES + " where f.article_id = any(:ids)")
				.param("ids", array(elsewhere))
				.query((rs, rowNum) -> features(rs))
				.list()
				.forEach((features) -> now.put(features.articleId(), features));
		}
		for (long id : changed) {
			if (this.savedHere.containsKey(id)) {
				// In the windows since it was saved.
				continue;
			}
			ArticleFeatures features = now.get(id);
			if (features != null) {
				this.pool.put(features);
			}
			else {
				this.pool.remove(id);
			}
		}
		this.poolSeen = changes.stream().mapToLong((change) -> change[0]).max().orElseThrow();
		pruneLog();
	}

	/**
	 * Deletes the changes of the log older than the last {@value #LOG_KEPT}, once that
	 * many more have come: the log grew by one row for each article stored, for ever.
	 */
	private void pruneLog() {
		if (this.poolSeen - this.logPrunedTo < 2L * LOG_KEPT) {
			return;
		}
		this.logPrunedTo = this.poolSeen - LOG_KEPT;
		this.jdbc.sql("delete from story_feature_log where seq <= :to").param("to", this.logPrunedTo).update();
	}

	/** How many articles' features windows of days read from the database. */
	synchronized long featuresRead() {
		return this.featuresRead;
	}

	/**
	 * Articles whose publication may fall between the two days, those the days in memory
	 * hold taken from there: the next day's window shares all but a day of its articles
	 * with the one before; reading and decoding their words again was a sixth of the
	 * story thread's allocation, and each window kept held a copy of them
	 * (docs/benchmarks.md, "What stories and people cost an import").
	 * @param held an article's features as the days in memory hold them, or null
	 */
	private List<ArticleFeatures> datedBetween(LocalDate from, LocalDate to, LongFunction<ArticleFeatures> held) {
		// Through the range index (V29): on the first day alone it read half the archive.
		List<Long> ids = this.jdbc
			.sql("select f.article_id from story_features f where f.first_day <= f.last_day"
					+ " and daterange(f.first_day, f.last_day, '[]') && daterange(:from, :to, '[]')")
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.list();
		List<ArticleFeatures> articles = new ArrayList<>(ids.size());
		List<Long> toRead = new ArrayList<>();
		for (long id : ids) {
			ArticleFeatures article = held.apply(id);
			if (article != null) {
				articles.add(article);
			}
			else {
				toRead.add(id);
			}
		}
		this.featuresRead += toRead.size();
		if (!toRead.isEmpty()) {
			articles.addAll(this.jdbc.sql(FEATURES + " where f.article_id = any(:ids)")
				.param("ids", array(toRead.stream().mapToLong(Long::longValue).toArray()))
				.query((rs, rowNum) -> features(rs))
				.list());
		}
		return articles;
	}

	/**
	 * Reads at once the stored articles whose text a batch's articles repeat, for
	 * {@link #copiesOf} to answer from until the batch's features are written: a query an
	 * article was the story thread's costliest after the features' insert. Only the
	 * signatures of the articles sharing a band are read, and the features of the copies
	 * among them kept: the whole features of every article sharing a band were most of
	 * the heap of a long import, growing with the archive (docs/benchmarks.md, "Memory
	 * that grows with the archive").
	 */
	synchronized void readCopies(Collection<ArticleFeatures> batch) {
		this.storedCopies = storedCopiesOf(batch);
	}

	/** How many band-sharers' signatures were read since start. */
	synchronized long bandSharersRead() {
		return this.bandSharersRead;
	}

	/**
	 * How many windows of days were read from the archive and counted (see StoryPool).
	 */
	synchronized long windowsRead() {
		return this.pool.windowsCounted();
	}

	/** The features held for the batch under way: the copies of its articles' texts. */
	synchronized int featuresHeld() {
		return (this.storedCopies != null) ? this.storedCopies.values().stream().mapToInt(List::size).sum() : 0;
	}

	/**
	 * The stored articles sharing a band with each of the articles and at least
	 * {@link StoryMatcher#SAME_TEXT} alike, the article's own stored version left out.
	 */
	private Map<ArticleFeatures, List<ArticleFeatures>> storedCopiesOf(Collection<ArticleFeatures> articles) {
		Map<Long, List<ArticleFeatures>> byBand = new HashMap<>();
		for (ArticleFeatures article : articles) {
			for (long band : MinHash.bands(article.signature())) {
				byBand.computeIfAbsent(band, (key) -> new ArrayList<>()).add(article);
			}
		}
		Map<ArticleFeatures, List<Long>> copyIds = new IdentityHashMap<>();
		if (!byBand.isEmpty()) {
			this.streaming.query("""
					select f.article_id, f.signature from story_features f
					where f.article_id in (select s.article_id from unnest(?::bigint[]) q (band)
					cross join lateral (select b.article_id from story_bands b where b.band = q.band
					order by b.article_id desc limit ?) s)""", (ResultSet rs) -> {
				this.bandSharersRead++;
				long id = rs.getLong(1);
				int[] signature = Arrays.stream((Integer[]) rs.getArray(2).getArray())
					.mapToInt(Integer::intValue)
					.toArray();
				Set<ArticleFeatures> sharing = Collections.newSetFromMap(new IdentityHashMap<>());
				for (long band : MinHash.bands(signature)) {
					sharing.addAll(byBand.getOrDefault(band, List.of()));
				}
				for (ArticleFeatures article : sharing) {
					if (article.articleId() != id
							&& MinHash.similarity(article.signature(), signature) >= StoryMatcher.SAME_TEXT) {
						copyIds.computeIfAbsent(article, (key) -> new ArrayList<>()).add(id);
					}
				}
			}, array(byBand.keySet().stream().mapToLong(Long::longValue).toArray()), this.bandFollowed);
		}
		List<Long> ids = copyIds.values().stream().flatMap(List::stream).distinct().toList();
		Map<Long, ArticleFeatures> copies = ids.isEmpty() ? Map.of() : features(ids);
		Map<ArticleFeatures, List<ArticleFeatures>> byArticle = new IdentityHashMap<>();
		articles.forEach((article) -> byArticle.put(article,
				copyIds.getOrDefault(article, List.of()).stream().map(copies::get).filter(Objects::nonNull).toList()));
		return byArticle;
	}

	/**
	 * The copies stored before the batch under way, those it saved since in their place:
	 * ids found by the version stored are checked against the version there is now.
	 */
	@Override
	public synchronized List<ArticleFeatures> copiesOf(ArticleFeatures article) {
		if (article.signature().length == 0) {
			return List.of();
		}
		List<ArticleFeatures> stored = (this.storedCopies != null && this.storedCopies.containsKey(article))
				? this.storedCopies.get(article) : storedCopiesOf(List.of(article)).get(article);
		Set<Long> bands = Arrays.stream(MinHash.bands(article.signature())).boxed().collect(Collectors.toSet());
		List<ArticleFeatures> copies = new ArrayList<>();
		stored.stream().filter((other) -> !this.savedHere.containsKey(other.articleId())).forEach(copies::add);
		this.savedHere.values()
			.stream()
			.filter((other) -> other.articleId() != article.articleId()
					&& Arrays.stream(MinHash.bands(other.signature())).anyMatch(bands::contains)
					&& StoryMatcher.sameText(article, other))
			.forEach(copies::add);
		copies.sort(Comparator.comparingLong(ArticleFeatures::articleId));
		return copies;
	}

	@Override
	public boolean publishedBefore(long articleId, long otherId) {
		return this.jdbc.sql("""
				select coalesce(a.published_start < b.published_start,
				a.published_start is not null and b.published_start is null, false)
				or (a.published_start is not distinct from b.published_start and a.id < b.id)
				from articles a, articles b where a.id = :article and b.id = :other""")
			.param("article", articleId)
			.param("other", otherId)
			.query(Boolean.class)
			.single();
	}

	@Override
	public void refold(long firstAppearance, long newFirstAppearance) {
		changedMembership(null);
		this.jdbc.sql("""
				update story_members set duplicate_of = :now
				where (article_id = :before or duplicate_of = :before) and article_id <> :now""")
			.param("before", firstAppearance)
			.param("now", newFirstAppearance)
			.update();
	}

	/**
	 * Reads the memberships of a batch's articles at once, for {@link #membership} to
	 * answer from until the transaction ends or a change in it touches them: asking for
	 * each article's was a round trip an article, the story thread's most frequent.
	 */
	void readMemberships(Collection<Long> articleIds) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Map<Long, Membership> known = new HashMap<>();
		// Null where it has none: known to be in no story.
		articleIds.forEach((id) -> known.put(id, null));
		this.jdbc.sql(MEMBERSHIP + " where m.article_id = any(:ids)")
			.param("ids", array(articleIds.toArray(Long[]::new)))
			.query((rs, n) -> Map.entry(rs.getLong(4), membership(rs)))
			.list()
			.forEach((membership) -> known.put(membership.getKey(), membership.getValue()));
		if (TransactionSynchronizationManager.hasResource(this.memberships)) {
			TransactionSynchronizationManager.unbindResource(this.memberships);
		}
		else {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(JdbcStoryStore.this.memberships);
				}

			});
		}
		TransactionSynchronizationManager.bindResource(this.memberships, known);
	}

	@Override
	public Membership membership(long articleId) {
		Map<Long, Membership> known = knownMemberships();
		if (known != null && known.containsKey(articleId)) {
			return known.get(articleId);
		}
		return this.jdbc.sql(MEMBERSHIP + " where m.article_id = :id")
			.param("id", articleId)
			.query((rs, n) -> membership(rs))
			.optional()
			.orElse(null);
	}

	private static Membership membership(ResultSet rs) throws SQLException {
		return new Membership(rs.getLong(1), rs.getObject(2, Long.class), rs.getBoolean(3));
	}

	@SuppressWarnings("unchecked")
	private Map<Long, Membership> knownMemberships() {
		return (Map<Long, Membership>) TransactionSynchronizationManager.getResource(this.memberships);
	}

	/**
	 * An article's membership changed (or any article's, where null): read it again when
	 * asked.
	 */
	private void changedMembership(Long articleId) {
		Map<Long, Membership> known = knownMemberships();
		if (known != null) {
			if (articleId != null) {
				known.remove(articleId);
			}
			else {
				known.clear();
			}
		}
	}

	@Override
	public long createStory(long firstArticleId) {
		changedMembership(firstArticleId);
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
		changedMembership(placement.articleId());
		// Most placements share no names: then there are none to look up.
		Map<Long, String> names = placement.sharedNames().isEmpty() ? Map.of()
				: this.mentions.stream()
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
		// The story now holds the article and the one it joined, two at least, so it is
		// never dissolved here: only its figures change.
		countAtCommit(storyId);
	}

	@Override
	public void leave(long articleId) {
		Membership membership = membership(articleId);
		if (membership == null) {
			return;
		}
		changedMembership(articleId);
		this.jdbc.sql("delete from story_members where article_id = :id").param("id", articleId).update();
		dissolveIfAlone(membership.storyId());
		countAtCommit(membership.storyId());
	}

	/**
	 * Sets a story's title, days and counts from its articles; dissolves a story left
	 * with one article and no administrator's decision.
	 */
	void refresh(long storyId) {
		dissolveIfAlone(storyId);
		count(storyId);
	}

	private void dissolveIfAlone(long storyId) {
		// The article left alone in it leaves it too.
		changedMembership(null);
		this.jdbc
			.sql("""
					delete from stories s where s.id = :id and (select count(*) from story_members m where m.story_id = s.id) < 2
					and not exists (select 1 from story_pins p where p.story_id = s.id)""")
			.param("id", storyId)
			.update();
	}

	/**
	 * Sets the story's figures when the transaction commits (at once outside one): a
	 * batch of arrivals joining one large story counts its hundreds of articles once, not
	 * once for each. Nothing assignment reads depends on them.
	 */
	private void countAtCommit(long storyId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			count(storyId);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> counted = (Set<Long>) TransactionSynchronizationManager.getResource(this);
		if (counted == null) {
			Set<Long> toCount = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, toCount);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					toCount.forEach(JdbcStoryStore.this::count);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(JdbcStoryStore.this);
				}

			});
			counted = toCount;
		}
		counted.add(storyId);
	}

	private void count(long storyId) {
		// One pass over the story's articles (a large story has hundreds), not one for
		// each figure.
		this.jdbc.sql("""
				update stories s set title = coalesce(counted.title, s.title), first_day = counted.first_day,
				last_day = counted.last_day, article_count = counted.articles, outlet_count = counted.outlets,
				updated_at = now()
				from (select (array_agg(a.title order by a.published_start nulls last, a.id))[1] as title,
					min(a.published_first_day) as first_day, max(a.published_last_day) as last_day,
					count(*) as articles, count(distinct a.source_id) as outlets
					from story_members m join articles a on a.id = m.article_id where m.story_id = :id) counted
				where s.id = :id""").param("id", storyId).update();
	}

	private static SqlParameterValue array(Object values) {
		return new SqlParameterValue(Types.ARRAY, values);
	}

	private ArticleFeatures features(ResultSet rs) throws SQLException {
		Integer[] signature = (Integer[]) rs.getArray("signature").getArray();
		Long[] entities = (Long[]) rs.getArray("entity_ids").getArray();
		return new ArticleFeatures(rs.getLong("article_id"), rs.getObject("first_day", LocalDate.class),
				rs.getObject("last_day", LocalDate.class),
				Arrays.stream(signature).mapToInt(Integer::intValue).toArray(), strings(rs.getArray("title_terms")),
				strings(rs.getArray("terms")), Arrays.stream(entities).mapToLong(Long::longValue).toArray(),
				Arrays.stream((Date[]) rs.getArray("named_days").getArray()).map(Date::toLocalDate).toList(),
				(rs.getObject("source_id") != null) ? this.sources.byId(rs.getLong("source_id")).getSlug() : null,
				strings(rs.getArray("figures")));
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

}
