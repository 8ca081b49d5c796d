package org.newsarchive.entity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The people, organisations and places pages. */
@Controller
class PeopleController {

	private static final int PEOPLE_PER_PAGE = 50;

	private static final int ARTICLES_PER_PAGE = 20;

	private final EntityDirectory directory;

	PeopleController(EntityDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		EntityType parsed = EntityDirectory.parseType(type);
		EntityPage<EntitySummary> entities = this.directory.list(parsed, q,
				Paging.lenient(page, size, PEOPLE_PER_PAGE));
		model.addAttribute("type", parsed);
		model.addAttribute("q", q);
		model.addAttribute("entities", entities);
		model.addAttribute("links", new PeopleLinks("/people", parsed, q, size));
		return "people/list";
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("entity", this.directory.detail(id, Paging.lenient(page, size, ARTICLES_PER_PAGE)));
		model.addAttribute("links", new PeopleLinks("/people/" + id, null, null, size));
		model.addAttribute("feedUrl", "/people/" + id + ".atom");
		return "people/show";
	}

	/** A person's feed is the search for the articles that name them. */
	@GetMapping("/people/{id}.atom")
	String feed(@PathVariable long id) {
		return "forward:/search.atom?person=" + this.directory.detail(id).id();
	}

}
