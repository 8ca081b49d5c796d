package org.newsarchive.article;

import java.util.List;

import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;
import org.newsarchive.source.SourceCurationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one source into another: its articles move, each as a new revision that the
 * search index takes up, and its slug leads to the other from then on, so that its pages
 * redirect and its files imported again are stored in the source it was merged into.
 */
@Service
public class SourceMerge {

	private final ArticleRepository articles;

	private final SourceCatalog sources;

	private final ApplicationEventPublisher events;

	SourceMerge(ArticleRepository articles, SourceCatalog sources, ApplicationEventPublisher events) {
		this.articles = articles;
		this.sources = sources;
		this.events = events;
	}

	/**
	 * @return the source merged into
	 * @throws SourceCurationException where the two are one, or where both hold the same
	 * article: two copies of one article in one source are what the archive never keeps
	 */
	@Transactional
	public Source merge(String mergedSlug, String intoSlug) {
		Source merged = this.sources.bySlug(mergedSlug);
		Source into = this.sources.bySlug(intoSlug);
		if (merged.getId().equals(into.getId())) {
			throw new SourceCurationException("A source cannot be merged into itself.");
		}
		long heldByBoth = this.articles.countHeldByBoth(merged.getId(), into.getId());
		if (heldByBoth > 0) {
			throw new SourceCurationException(
					"%d articles of '%s' are also stored in '%s' (same address, or same title and date without one), so the two cannot be merged."
						.formatted(heldByBoth, mergedSlug, intoSlug));
		}
		List<Object[]> moving = this.articles.findRevisionsBySourceId(merged.getId());
		this.articles.moveToSource(merged.getId(), into.getId());
		this.sources.absorb(merged, into);
		for (Object[] row : moving) {
			this.events.publishEvent(new ArticleMoved((Long) row[0], (Long) row[1] + 1));
		}
		return this.sources.bySlug(intoSlug);
	}

}
