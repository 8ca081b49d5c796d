package org.newsarchive.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.newsarchive.article.ArticleFilter;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.ArticleView;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;
import org.newsarchive.story.Stories;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The archive's articles and sources as JSON. */
@RestController
@RequestMapping("/api")
class ArchiveApiController {

	private final ArticleQueries articles;

	private final SourceCatalog sources;

	private final ReadingPages pages;

	private final Stories stories;

	ArchiveApiController(ArticleQueries articles, SourceCatalog sources, ReadingPages pages, Stories stories) {
		this.articles = articles;
		this.sources = sources;
		this.pages = pages;
		this.stories = stories;
	}

	@GetMapping("/articles")
	PageResult<ArticleSummary> articles(@RequestParam(required = false) Set<String> source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		return PageResult.of(this.articles.list(new ArticleFilter(source, from, to), Math.max(page, 1) - 1,
				Math.clamp(size, 1, 100)));
	}

	@GetMapping("/articles/{id}")
	ArticleJson article(@PathVariable long id) {
		ArticleView article = this.articles.get(id);
		return new ArticleJson(article, this.stories.storyOf(id).orElse(null), this.stories.sameTextElsewhere(id));
	}

	@GetMapping("/sources")
	List<SourceInfo> sources() {
		return this.pages.sources();
	}

	@GetMapping("/sources/{slug}")
	SourceInfo source(@PathVariable String slug) {
		Source source = this.sources.resolve(slug);
		return SourceInfo.of(source, this.articles.countBySource(source.getSlug()));
	}

}
