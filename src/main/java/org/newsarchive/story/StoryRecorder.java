package org.newsarchive.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.newsarchive.article.ArticleMoved;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleStored;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.MentionLookup;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns an article to a story once it is stored and committed (with the people it
 * names), in a transaction of its own, so that a failure here never undoes an import. At
 * start-up, articles stored before stories existed, or whose features are out of date,
 * are assigned. By default all of it runs on a thread of its own
 * ({@code archive.stories.in-background}): however cheap assignment is, it must never
 * hold up an import or the start-up.
 */
@Component
@Order(1)
class StoryRecorder implements ApplicationRunner, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StoryRecorder.class);

	/**
	 * Articles assigned in one transaction: one lock, one commit and one look-up of their
	 * names and stored features for all of them, where one each an article made the story
	 * thread fall behind an import (see {@code docs/benchmarks.md}).
	 */
	static final int BATCH = 200;

	private final JdbcStoryStore store;

	private final StoryAssigner assigner;

	private final ArticleQueries articles;

	private final ObjectProvider<MentionLookup> mentions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ExecutorService background;

	/**
	 * Articles stored and committed, waiting for their story in the order they came: the
	 * story thread takes up to {@value #BATCH} at once.
	 */
	private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

	/**
	 * How many waiting articles are kept with their text at most; those arriving beyond
	 * are kept by id and read back when their turn comes. Where the story thread falls
	 * behind a long import, the texts would otherwise fill the heap: at 70,000 of a
	 * 100,000-article import 65,000 waited with their text, and -Xmx512m spent its time
	 * collecting (docs/benchmarks.md, "At 100,000 articles, idle, today's machine").
	 */
	private final int heldWithText;

	private final AtomicInteger holding = new AtomicInteger();

	private final AtomicLong readBack = new AtomicLong();

	/**
	 * Whether the story thread has a turn to take the waiting articles coming: one turn
	 * takes all there are, so that a long queue is not matched by as many turns.
	 */
	private final AtomicBoolean turnComing = new AtomicBoolean();

	StoryRecorder(JdbcStoryStore store, ArticleQueries articles, ObjectProvider<MentionLookup> mentions,
			JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${archive.stories.in-background:true}") boolean inBackground,
			@Value("${archive.stories.held-with-text:400}") int heldWithText) {
		this.store = store;
		this.heldWithText = heldWithText;
		this.assigner = new StoryAssigner(store);
		this.articles = articles;
		this.mentions = mentions;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.background = inBackground
				? Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("story-assignment").factory())
				: null;
	}

	@TransactionalEventListener
	void on(ArticleStored stored) {
		ParsedArticle parsed = stored.parsed();
		if (this.holding.incrementAndGet() <= this.heldWithText) {
			this.arrivals.add(new Arrival(stored.articleId(), parsed.sourceSlug(), parsed.published(), parsed.title(),
					parsed.otherTitle(), parsed.lede(), parsed.body(), null));
		}
		else {
			this.holding.decrementAndGet();
			this.arrivals.add(Arrival.toReadBack(stored.articleId()));
		}
		if (this.turnComing.compareAndSet(false, true)) {
			later(() -> {
				this.turnComing.set(false);
				assignArrivals();
			});
		}
	}

	/**
	 * An article moved to another source keeps its text, so its features and story: its
	 * story's outlets are counted again, and its features marked as of its new revision
	 * so that the next start-up does not take them for stale.
	 */
	@TransactionalEventListener
	void on(ArticleMoved moved) {
		later(() -> {
			try {
				this.transaction.executeWithoutResult((status) -> moved(moved.articleId()));
			}
			catch (RuntimeException ex) {
				logger.warn("Could not update the story of moved article {}", moved.articleId(), ex);
				this.store.forgetPool();
			}
		});
	}

	@Override
	public void run(ApplicationArguments args) {
		later(this::assignStale);
	}

	/** Whether the story thread, if there is one, has ended. */
	boolean stopped() {
		return this.background == null || this.background.isTerminated();
	}

	@Override
	public void destroy() throws InterruptedException {
		if (this.background != null) {
			// Articles not assigned yet are assigned at the next start; the one being
			// assigned finishes before the database's connections close under it.
			this.background.shutdownNow();
			if (!this.background.awaitTermination(30, TimeUnit.SECONDS)) {
				logger.warn("Story assignment still running at shutdown");
			}
		}
	}

	private void later(Runnable task) {
		if (this.background != null) {
			this.background.execute(task);
		}
		else {
			task.run();
		}
	}

	private void assignStale() {
		List<Long> stale = this.jdbc.sql("""
				select a.id from articles a left join story_features f on f.article_id = a.id
				where f.article_id is null or f.revision <> a.revision
				order by a.published_start nulls last, a.id""").query(Long.class).list();
		for (int from = 0; from < stale.size(); from += BATCH) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			assign(read(stale.subList(from, Math.min(stale.size(), from + BATCH))));
		}
		if (!stale.isEmpty()) {
			logger.info("Stories: {} articles assigned at start-up", stale.size());
		}
	}

	/**
	 * Assigns the articles waiting, a batch at a time, in publication order as at
	 * start-up, so that the articles of one day follow each other and share the window of
	 * days read for the first of them; the further the story thread falls behind an
	 * import, the more of them share one. In the order they came, an import whose dates
	 * jump (a shuffled or merged collection) made nearly every article read and count its
	 * own ±10 days, and the story thread fell further behind the more the days held
	 * (docs/benchmarks.md, "The story thread behind a shuffled import"). When the portal
	 * stops, the batch under way is the last: the rest are assigned at the next start, as
	 * articles without features.
	 */
	private synchronized void assignArrivals() {
		List<Arrival> waiting = new ArrayList<>();
		for (Arrival arrival = this.arrivals.poll(); arrival != null; arrival = this.arrivals.poll()) {
			waiting.add(arrival);
		}
		List<Arrival> ordered = (waiting.size() > 1) ? inPublicationOrder(waiting) : waiting;
		for (int from = 0; from < ordered.size() && !Thread.currentThread().isInterrupted(); from += BATCH) {
			List<Arrival> batch = ordered.subList(from, Math.min(ordered.size(), from + BATCH));
			assign(withText(batch));
			// Counted as held until assigned, so that those arriving meanwhile beyond
			// the bound are kept by id.
			this.holding.addAndGet(-(int) batch.stream().filter(Arrival::hasText).count());
		}
	}

	/**
	 * The articles by the earliest time their date allows, undated ones last, then by id
	 * (the order of start-up's assignment); an article deleted meanwhile last. Two
	 * arrivals of one article keep their order.
	 */
	private List<Arrival> inPublicationOrder(List<Arrival> waiting) {
		List<Long> ids = this.jdbc.sql("""
				select id from articles where id = any(:ids) order by published_start nulls last, id""")
			.param("ids", waiting.stream().map(Arrival::articleId).distinct().toArray(Long[]::new))
			.query(Long.class)
			.list();
		Map<Long, Integer> rank = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			rank.put(ids.get(i), i);
		}
		List<Arrival> ordered = new ArrayList<>(waiting);
		ordered.sort(Comparator.comparingInt((Arrival arrival) -> rank.getOrDefault(arrival.articleId(), ids.size())));
		return ordered;
	}

	/**
	 * The batch with the text of the articles kept by id read back, in the same order; an
	 * article deleted meanwhile is left out.
	 */
	private List<Arrival> withText(List<Arrival> batch) {
		List<Long> toRead = batch.stream().filter((arrival) -> !arrival.hasText()).map(Arrival::articleId).toList();
		if (toRead.isEmpty()) {
			return batch;
		}
		Map<Long, Arrival> read = new HashMap<>();
		read(toRead).forEach((arrival) -> read.put(arrival.articleId(), arrival));
		this.readBack.addAndGet(toRead.size());
		return batch.stream()
			.map((arrival) -> arrival.hasText() ? arrival : read.get(arrival.articleId()))
			.filter(Objects::nonNull)
			.toList();
	}

	/** The articles as stored, with the people they name. */
	private List<Arrival> read(List<Long> ids) {
		return this.articles.getAll(ids)
			.stream()
			.map((article) -> new Arrival(article.id(), article.source().slug(), article.published(), article.title(),
					article.otherTitle(), article.lede(), article.body(), article.people()))
			.toList();
	}

	/**
	 * How many articles were read back from the database for lack of their text in
	 * memory.
	 */
	long readBack() {
		return this.readBack.get();
	}

	/**
	 * Assigns the articles in order in one transaction; where that fails, each in a
	 * transaction of its own, so that one article that cannot be assigned leaves the
	 * others assigned.
	 */
	private void assign(List<Arrival> batch) {
		try {
			this.transaction.executeWithoutResult((status) -> assignLocked(batch));
		}
		catch (RuntimeException ex) {
			this.store.forgetPool();
			if (batch.size() == 1) {
				// An article without a story is better than an import that fails after
				// its commit: say so, and the next start-up assigns it again.
				logger.warn("Could not assign article {} to a story", batch.get(0).articleId(), ex);
				return;
			}
			for (Arrival arrival : batch) {
				assign(List.of(arrival));
			}
		}
	}

	/**
	 * Computes the articles' features and assigns them in order, one at a time: two
	 * articles of one story arriving together must see each other.
	 */
	private synchronized void assignLocked(List<Arrival> batch) {
		this.store.lockForAssignment();
		List<Long> ids = batch.stream().map(Arrival::articleId).distinct().toList();
		Map<Long, List<EntityRef>> named = new HashMap<>();
		if (batch.stream().anyMatch((arrival) -> arrival.names() == null)) {
			this.mentions.forEach((lookup) -> lookup.entitiesIn(ids)
				.forEach((id, entities) -> named.computeIfAbsent(id, (key) -> new ArrayList<>()).addAll(entities)));
		}
		Map<Long, ArticleFeatures> stored = this.store.features(ids);
		this.store.readMemberships(ids);
		List<ArticleFeatures> computed = batch.stream()
			.map((arrival) -> ArticleFeatures.of(arrival.articleId(), arrival.outlet(), arrival.published(),
					arrival.title(), arrival.otherTitle(), arrival.lede(), arrival.body(),
					(arrival.names() != null) ? arrival.names() : named.getOrDefault(arrival.articleId(), List.of())))
			.toList();
		this.store.readCopies(computed);
		for (int i = 0; i < batch.size(); i++) {
			Arrival arrival = batch.get(i);
			ArticleFeatures features = computed.get(i);
			assign(features, stored.get(arrival.articleId()), arrival.title(), arrival.otherTitle(), arrival.lede());
			// A later copy of the same article in this batch finds these as stored.
			stored.put(arrival.articleId(), features);
		}
		this.store.writeFeatures();
	}

	/**
	 * @param before the features stored for the article until now, or null
	 */
	private void assign(ArticleFeatures features, ArticleFeatures before, String title, String otherTitle,
			String lede) {
		this.store.saveFeatures(features);
		if (before != null && before.sameFeaturesAs(features) && this.store.membership(features.articleId()) != null) {
			return;
		}
		// Tokenised only where a story is found for it, to explain why.
		this.assigner.assign(features, (Set<String> terms) -> StoryPhrases
			.sharing(Tokens.of(Stories.opening(title, otherTitle, lede)), terms));
	}

	private synchronized void moved(long articleId) {
		this.store.lockForAssignment();
		this.jdbc.sql("""
				update story_features f set revision = a.revision from articles a
				where f.article_id = :id and a.id = f.article_id and f.revision <> a.revision""")
			.param("id", articleId)
			.update();
		StoryStore.Membership membership = this.store.membership(articleId);
		if (membership != null) {
			this.store.refresh(membership.storyId());
		}
	}

	/** Assigns an article again from its stored features, as re-clustering does. */
	synchronized void reassign(ArticleFeatures features) {
		this.store.lockForAssignment();
		ArticleView article = this.articles.get(features.articleId());
		Tokens openingTokens = Tokens.of(Stories.opening(article.title(), article.otherTitle(), article.lede()));
		this.assigner.assign(features, (Set<String> terms) -> StoryPhrases.sharing(openingTokens, terms));
	}

	/**
	 * An article to assign as it was stored.
	 *
	 * @param outlet the slug of its source
	 * @param names who it names where already read, else null
	 */
	private record Arrival(long articleId, String outlet, Published published, String title, String otherTitle,
			String lede, List<Block> body, List<EntityRef> names) {

		/** An article kept by id, its text to be read back. */
		static Arrival toReadBack(long articleId) {
			return new Arrival(articleId, null, null, null, null, null, null, null);
		}

		/** Every stored article has a title: one without is kept by id. */
		boolean hasText() {
			return this.title != null;
		}

	}

}
