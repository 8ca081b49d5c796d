package org.newsarchive.story;

import java.util.List;
import java.util.Set;

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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Assigns an article to a story once it is stored and committed (with the people it
 * names), in a transaction of its own, so that a failure here never undoes an import. At
 * start-up, articles stored before stories existed, or whose features are out of date,
 * are assigned.
 */
@Component
@Order(1)
class StoryRecorder implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(StoryRecorder.class);

	private final JdbcStoryStore store;

	private final StoryAssigner assigner;

	private final ArticleQueries articles;

	private final ObjectProvider<MentionLookup> mentions;

	private final JdbcClient jdbc;

	StoryRecorder(JdbcStoryStore store, ArticleQueries articles, ObjectProvider<MentionLookup> mentions,
			JdbcClient jdbc) {
		this.store = store;
		this.assigner = new StoryAssigner(store);
		this.articles = articles;
		this.mentions = mentions;
		this.jdbc = jdbc;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ArticleStored stored) {
		try {
			ParsedArticle parsed = stored.parsed();
			assign(stored.articleId(), parsed.published(), parsed.title(), parsed.otherTitle(), parsed.lede(),
					parsed.body());
		}
		catch (RuntimeException ex) {
			// An article without a story is better than an import that fails after its
			// commit: say so, and the next start-up assigns it again.
			logger.warn("Could not assign article {} to a story", stored.articleId(), ex);
		}
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Long> stale = this.jdbc.sql("""
				select a.id from articles a left join story_features f on f.article_id = a.id
				where f.article_id is null or f.revision <> a.revision
				order by a.published_start nulls last, a.id""").query(Long.class).list();
		for (long id : stale) {
			ArticleView article = this.articles.get(id);
			assign(id, article.published(), article.title(), article.otherTitle(), article.lede(), article.body());
		}
		if (!stale.isEmpty()) {
			logger.info("Stories: {} articles assigned at start-up", stale.size());
		}
	}

	/**
	 * Computes an article's features and assigns it. One article at a time: two articles
	 * of one story arriving together must see each other.
	 */
	synchronized void assign(long articleId, Published published, String title, String otherTitle, String lede,
			List<Block> body) {
		List<Long> entityIds = this.mentions.stream()
			.flatMap((lookup) -> lookup.entitiesIn(articleId).stream())
			.map(EntityRef::id)
			.toList();
		ArticleFeatures features = ArticleFeatures.of(articleId, published, title, otherTitle, lede, body, entityIds);
		ArticleFeatures before = this.store.features(articleId);
		this.store.saveFeatures(features);
		if (before != null && before.sameFeaturesAs(features) && this.store.membership(articleId) != null) {
			return;
		}
		Tokens openingTokens = Tokens.of(Stories.opening(title, otherTitle, lede));
		this.assigner.assign(features, (Set<String> terms) -> StoryPhrases.sharing(openingTokens, terms));
	}

}
