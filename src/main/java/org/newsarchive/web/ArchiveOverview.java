package org.newsarchive.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.newsarchive.article.ArticleMoved;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleStored;
import org.newsarchive.article.MonthCounts;
import org.newsarchive.entity.EntityDirectory;
import org.newsarchive.entity.EntitySummary;
import org.newsarchive.entity.EntityType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The figures of the whole archive the home page shows: articles per source, the people
 * most named, articles per month. Each is an aggregate over every article or every
 * mention, which at archive scale costs more than the rest of the page, while the archive
 * only changes when an article is stored or moved; so they are kept between requests and
 * dropped once such a change is committed. Curating people changes the most named without
 * storing an article, so the figures are also read again after {@link #MAX_AGE} at most.
 */
@Component
class ArchiveOverview {

	static final Duration MAX_AGE = Duration.ofMinutes(1);

	private final ArticleQueries articles;

	private final EntityDirectory entities;

	private final Clock clock;

	/** Counts the changes, so that figures read while one was committed are not kept. */
	private final AtomicLong changes = new AtomicLong();

	private volatile Figures figures;

	ArchiveOverview(ArticleQueries articles, EntityDirectory entities, Clock clock) {
		this.articles = articles;
		this.entities = entities;
		this.clock = clock;
	}

	Figures figures() {
		Figures kept = this.figures;
		Instant now = this.clock.instant();
		if (kept != null && kept.changes() == this.changes.get() && now.isBefore(kept.read().plus(MAX_AGE))) {
			return kept;
		}
		long changesBefore = this.changes.get();
		Figures read = new Figures(this.articles.countsBySource(),
				this.entities.mostNamed(EntityType.PERSON, null, ReadingPages.PEOPLE), this.articles.countsByMonth(),
				now, changesBefore);
		this.figures = read;
		return read;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleStored stored) {
		this.changes.incrementAndGet();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ArticleMoved moved) {
		this.changes.incrementAndGet();
	}

	/**
	 * The figures as read at one moment.
	 *
	 * @param articlesBySource how many articles each source has, by slug
	 * @param people the people most named
	 * @param months how many articles each month has
	 * @param read when they were read
	 * @param changes how many changes had been committed before they were read
	 */
	record Figures(Map<String, Long> articlesBySource, List<EntitySummary> people, MonthCounts months, Instant read,
			long changes) {

	}

}
