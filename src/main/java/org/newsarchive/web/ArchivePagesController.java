package org.newsarchive.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.newsarchive.article.ArticleOrder;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleStore;
import org.newsarchive.article.ArticleView;
import org.newsarchive.search.SearchLinks;

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

	private final ArticleQueries articles;

	private final ArticleStore store;

	private final ReadingPages pages;

	ArchivePagesController(ArticleQueries articles, ArticleStore store, ReadingPages pages) {
		this.articles = articles;
		this.store = store;
		this.pages = pages;
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
		model.addAttribute("q", q);
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
	String source(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String sort, Model model) {
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
