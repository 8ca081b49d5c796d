package org.newsarchive.web;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Set;

import org.newsarchive.article.ArticleFilter;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleStore;
import org.newsarchive.article.ArticleView;
import org.newsarchive.entity.EntityDirectory;
import org.newsarchive.search.SearchService;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The reading pages: home, articles, sources. */
@Controller
class ArchivePagesController {

	private static final int PAGE_SIZE = 20;

	private static final int RELATED = 5;

	private final ArticleQueries articles;

	private final ArticleStore store;

	private final SourceCatalog sources;

	private final SearchService search;

	private final EntityDirectory people;

	ArchivePagesController(ArticleQueries articles, ArticleStore store, SourceCatalog sources, SearchService search,
			EntityDirectory people) {
		this.articles = articles;
		this.store = store;
		this.sources = sources;
		this.search = search;
		this.people = people;
	}

	@GetMapping("/")
	String home(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("articles", this.articles.list(ArticleFilter.all(), Math.max(page, 1) - 1, PAGE_SIZE));
		model.addAttribute("sources",
				this.sources.all()
					.stream()
					.map((source) -> SourceInfo.of(source, this.articles.countBySource(source.getSlug())))
					.toList());
		return "home";
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("article",
				ArticlePage.of(this.articles.get(id), new TermMarker(this.search.termsToMark(q))));
		model.addAttribute("q", q);
		model.addAttribute("related", this.articles.summaries(this.people.relatedArticles(id, RELATED)));
		model.addAttribute("versions", this.articles.versions(id));
		return "article/show";
	}

	@GetMapping("/articles/{id}/original")
	String original(@PathVariable long id, Model model) {
		ArticleView article = this.articles.get(id);
		byte[] bytes = this.store.rawContent(article.origin().rawDocumentId());
		String charset = (article.origin().charset() != null) ? article.origin().charset() : "UTF-8";
		model.addAttribute("article", article);
		model.addAttribute("text", new String(bytes, Charset.forName(charset)));
		return "article/original";
	}

	@GetMapping("/raw/{rawDocumentId}")
	ResponseEntity<byte[]> raw(@PathVariable long rawDocumentId, @RequestParam String name,
			jakarta.servlet.http.HttpServletRequest request) {
		// The original of a stored article is part of the public record; a rejected file
		// is only for the administrators who look into why it was rejected.
		if (!this.store.isOriginalOfAnArticle(rawDocumentId) && !request.isUserInRole("ADMIN")) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.store.rawContent(rawDocumentId));
	}

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("sources",
				this.sources.all()
					.stream()
					.map((source) -> SourceInfo.of(source, this.articles.countBySource(source.getSlug())))
					.toList());
		return "source/list";
	}

	@GetMapping("/sources/{slug}")
	String source(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Source source = this.sources.bySlug(slug);
		model.addAttribute("source", SourceInfo.of(source, this.articles.countBySource(slug)));
		model.addAttribute("feedUrl",
				UriComponentsBuilder.fromPath("/sources/{slug}.atom").buildAndExpand(slug).encode().toUriString());
		model.addAttribute("articles",
				this.articles.list(new ArticleFilter(Set.of(slug), from, to), Math.max(page, 1) - 1, PAGE_SIZE));
		return "source/show";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
