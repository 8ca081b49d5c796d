package org.newsarchive.web;

import java.nio.charset.StandardCharsets;

import org.newsarchive.article.ArticleOrder;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleStore;
import org.newsarchive.article.ArticleView;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.source.SourceCatalog;
import org.newsarchive.search.SearchLinks;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/** The reading pages: home, articles, sources. */
@Controller
class ArchivePagesController {

	private final ArticleQueries articles;

	private final ArticleStore store;

	private final ReadingPages pages;

	private final ImportService imports;

	private final SourceCatalog sources;

	ArchivePagesController(ArticleQueries articles, ArticleStore store, ReadingPages pages, ImportService imports,
			SourceCatalog sources) {
		this.articles = articles;
		this.store = store;
		this.pages = pages;
		this.imports = imports;
		this.sources = sources;
	}

	@GetMapping("/")
	String home(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("home", this.pages.home(page));
		model.addAttribute("searchLinks", SearchLinks.everything());
		return "home";
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		ReadingPages.ArticleScreen screen = this.pages.article(id, q);
		model.addAttribute("article", screen.article());
		model.addAttribute("versions", screen.versions());
		model.addAttribute("related", screen.related());
		model.addAttribute("story", screen.story());
		model.addAttribute("sameStory", screen.sameStory());
		model.addAttribute("sameText", screen.sameText());
		model.addAttribute("q", q);
		return "article/show";
	}

	@GetMapping("/articles/{id}/original")
	String original(@PathVariable long id, Model model) {
		ArticleView article = this.articles.get(id);
		byte[] bytes = this.store.rawContent(article.origin().rawDocumentId());
		model.addAttribute("article", article);
		model.addAttribute("text",
				this.imports.originalText(bytes, article.origin().charset(), article.origin().entry()));
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
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(this.store.rawContent(rawDocumentId));
	}

	@GetMapping("/sources")
	String sources(Model model) {
		model.addAttribute("sources", this.pages.sources());
		return "source/list";
	}

	@GetMapping("/sources/{slug}")
	Object source(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String sort, Model model) {
		String current = this.sources.resolve(slug).getSlug();
		if (!current.equals(slug)) {
			// The slug of a source merged into another: its addresses live on there.
			RedirectView merged = new RedirectView(
					UriComponentsBuilder.fromPath("/sources/{slug}").buildAndExpand(current).encode().toUriString());
			merged.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return merged;
		}
		model.addAttribute("page", this.pages.source(slug, page, ArticleOrder.parse(sort)));
		model.addAttribute("feedUrl",
				UriComponentsBuilder.fromPath("/sources/{slug}.atom").buildAndExpand(slug).encode().toUriString());
		return "source/show";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
