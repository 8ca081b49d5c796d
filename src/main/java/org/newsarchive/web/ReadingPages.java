package org.newsarchive.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.article.ArticleFilter;
import org.newsarchive.article.ArticleOrder;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.MonthCounts;
import org.newsarchive.article.PublicationSpan;
import org.newsarchive.article.RawDocumentRef;
import org.newsarchive.article.SourceProvenance;
import org.newsarchive.article.SourceStorage;
import org.newsarchive.entity.EntityDirectory;
import org.newsarchive.entity.EntitySummary;
import org.newsarchive.entity.EntityType;
import org.newsarchive.search.SearchService;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;
import org.newsarchive.story.Stories;
import org.newsarchive.story.StoryRef;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;

/** What the home and source pages show, gathered from the modules that own it. */
@Service
class ReadingPages {

	static final int PAGE_SIZE = 20;

	static final int PEOPLE = 10;

	/** The files listed on a source page; the import history has them all. */
	static final int LATEST_FILES = 10;

	static final int RELATED = 5;

	private final ArticleQueries articles;

	private final SourceCatalog sources;

	private final EntityDirectory entities;

	private final SearchService search;

	private final ArchiveOverview overview;

	private final Stories stories;

	ReadingPages(ArticleQueries articles, SourceCatalog sources, EntityDirectory entities, SearchService search,
			ArchiveOverview overview, Stories stories) {
		this.articles = articles;
		this.sources = sources;
		this.entities = entities;
		this.search = search;
		this.overview = overview;
		this.stories = stories;
	}

	/**
	 * An article with the words of the search the reader came from marked, its kept
	 * copies, the articles about the same people, its story and the same text elsewhere.
	 */
	ArticleScreen article(long id, String query) {
		return new ArticleScreen(ArticlePage.of(this.articles.get(id), new TermMarker(this.search.termsToMark(query))),
				this.articles.versions(id), this.articles.summaries(this.entities.relatedArticles(id, RELATED)),
				this.stories.storyOf(id).orElse(null), this.stories.sameStoryElsewhere(id),
				this.stories.sameTextElsewhere(id));
	}

	HomePage home(int page) {
		ArchiveOverview.Figures figures = this.overview.figures();
		return new HomePage(this.articles.list(ArticleFilter.all(), Math.max(page, 1) - 1, PAGE_SIZE),
				sources(figures.articlesBySource()), figures.people(), figures.months());
	}

	List<SourceInfo> sources() {
		return sources(this.overview.figures().articlesBySource());
	}

	private List<SourceInfo> sources(Map<String, Long> counts) {
		return this.sources.all()
			.stream()
			.map((source) -> SourceInfo.of(source, counts.getOrDefault(source.getSlug(), 0L)))
			.toList();
	}

	SourcePage source(String slug, int page, ArticleOrder order) {
		Source source = this.sources.bySlug(slug);
		ArticleFilter filter = new ArticleFilter(Set.of(slug), null, null);
		return new SourcePage(SourceInfo.of(source, this.articles.countBySource(slug)), this.articles.span(slug),
				this.articles.list(filter, Math.max(page, 1) - 1, PAGE_SIZE, order), order,
				this.entities.mostNamed(EntityType.PERSON, source.getId(), PEOPLE), this.articles.storage(slug),
				this.articles.provenance(slug, LATEST_FILES));
	}

	/**
	 * An article's page: the article, the copies kept of its file, related articles, its
	 * story (or null), the other outlets' articles of that story and the copies of its
	 * text.
	 */
	record ArticleScreen(ArticlePage article, List<RawDocumentRef> versions, List<ArticleSummary> related,
			StoryRef story, List<ArticleSummary> sameStory, List<ArticleSummary> sameText) {

	}

	/**
	 * The home page: the newest articles, the sources, the people most named, the months.
	 */
	record HomePage(Page<ArticleSummary> articles, List<SourceInfo> sources, List<EntitySummary> people,
			MonthCounts months) {

	}

	/**
	 * A source's page: its profile, its articles in the order chosen, who they name, its
	 * files.
	 */
	record SourcePage(SourceInfo source, PublicationSpan span, Page<ArticleSummary> articles, ArticleOrder order,
			List<EntitySummary> people, SourceStorage storage, SourceProvenance provenance) {

		/** The path of this list in its order, for the pager. */
		public String base() {
			String path = "/sources/" + this.source.slug();
			return (this.order == ArticleOrder.NEWEST) ? path : path + "?sort=" + this.order.param();
		}

	}

}
