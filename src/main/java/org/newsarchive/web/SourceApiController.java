package org.newsarchive.web;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.SourceMerge;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Curating sources as JSON: {@code POST /api/admin/sources/{slug}/rename?name=} and
 * {@code POST /api/admin/sources/{slug}/merge?into=}, each answering with the source as
 * it now is.
 */
@RestController
class SourceApiController {

	private final SourceCatalog sources;

	private final SourceMerge merge;

	private final ArticleQueries articles;

	SourceApiController(SourceCatalog sources, SourceMerge merge, ArticleQueries articles) {
		this.sources = sources;
		this.merge = merge;
		this.articles = articles;
	}

	@PostMapping("/api/admin/sources/{slug}/rename")
	SourceInfo rename(@PathVariable String slug, @RequestParam String name) {
		return info(this.sources.rename(slug, name));
	}

	@PostMapping("/api/admin/sources/{slug}/merge")
	SourceInfo merge(@PathVariable String slug, @RequestParam String into) {
		return info(this.merge.merge(slug, into));
	}

	private SourceInfo info(Source source) {
		return SourceInfo.of(source, this.articles.countBySource(source.getSlug()));
	}

}
