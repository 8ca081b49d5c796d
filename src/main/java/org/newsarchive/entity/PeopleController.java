package org.newsarchive.entity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The people, organisations and places pages. */
@Controller
class PeopleController {

	private final EntityDirectory directory;

	PeopleController(EntityDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("type", EntityDirectory.parseType(type));
		model.addAttribute("q", q);
		model.addAttribute("entities", this.directory.list(EntityDirectory.parseType(type), q));
		return "people/list";
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("entity", this.directory.detail(id));
		model.addAttribute("feedUrl", "/people/" + id + ".atom");
		return "people/show";
	}

	/** A person's feed is the search for the articles that name them. */
	@GetMapping("/people/{id}.atom")
	String feed(@PathVariable long id) {
		return "forward:/search.atom?person=" + this.directory.detail(id).id();
	}

}
