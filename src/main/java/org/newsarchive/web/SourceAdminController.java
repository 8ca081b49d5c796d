package org.newsarchive.web;

import java.util.function.Supplier;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.SourceMerge;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;
import org.newsarchive.source.SourceCurationException;
import org.newsarchive.source.SourceNotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forms for curating sources: a new display name (the slug, and so every address,
 * stays) and merging one source into another. {@link SourceApiController} does the same
 * for scripts.
 */
@Controller
class SourceAdminController {

	private final SourceCatalog sources;

	private final SourceMerge merge;

	private final ArticleQueries articles;

	private final ReadingPages pages;

	SourceAdminController(SourceCatalog sources, SourceMerge merge, ArticleQueries articles, ReadingPages pages) {
		this.sources = sources;
		this.merge = merge;
		this.articles = articles;
		this.pages = pages;
	}

	@GetMapping("/admin/sources/{slug}")
	String edit(@PathVariable String slug, Model model) {
		Source source = this.sources.bySlug(slug);
		model.addAttribute("source", SourceInfo.of(source, this.articles.countBySource(slug)));
		model.addAttribute("aliases", this.sources.aliases(slug));
		model.addAttribute("others",
				this.pages.sources().stream().filter((other) -> !other.slug().equals(slug)).toList());
		return "source/edit";
	}

	@PostMapping("/admin/sources/{slug}/rename")
	String renameForm(@PathVariable String slug, @RequestParam String name, RedirectAttributes redirect) {
		return apply(redirect, slug, () -> this.sources.rename(slug, name));
	}

	@PostMapping("/admin/sources/{slug}/merge")
	String mergeForm(@PathVariable String slug, @RequestParam String into, RedirectAttributes redirect) {
		return apply(redirect, slug, () -> this.merge.merge(slug, into));
	}

	/** Back to the curated source: after a merge, the one merged into. */
	private String apply(RedirectAttributes redirect, String slug, Supplier<Source> change) {
		String shown = slug;
		try {
			shown = change.get().getSlug();
			redirect.addFlashAttribute("done", true);
		}
		catch (SourceCurationException | SourceNotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:"
				+ UriComponentsBuilder.fromPath("/admin/sources/{slug}").buildAndExpand(shown).encode().toUriString();
	}

}
