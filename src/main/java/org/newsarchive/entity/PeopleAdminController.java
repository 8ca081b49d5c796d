package org.newsarchive.entity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Curation forms for administrators: merge, add or remove a name, change the type, reject
 * for good, one by one or as a list.
 */
@Controller
class PeopleAdminController {

	private static final int ENTRIES_PER_PAGE = 100;

	private final EntityDirectory directory;

	private final EntityCuration curation;

	PeopleAdminController(EntityDirectory directory, EntityCuration curation) {
		this.directory = directory;
		this.curation = curation;
	}

	@GetMapping("/admin/people")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
		EntityPage<EntitySummary> entities = this.directory.list(null, q, Paging.lenient(page, null, ENTRIES_PER_PAGE));
		model.addAttribute("q", q);
		model.addAttribute("entities", entities.items());
		model.addAttribute("page", entities);
		model.addAttribute("links", new PeopleLinks("/admin/people", null, q, null));
		return "people/admin";
	}

	@GetMapping("/admin/people/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("entity", this.directory.detail(id));
		return "people/edit";
	}

	@PostMapping("/admin/people/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long into, RedirectAttributes redirect) {
		return apply(redirect, into, () -> this.curation.merge(id, into));
	}

	@PostMapping("/admin/people/{id}/names")
	String addName(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
		return apply(redirect, id, () -> this.curation.addName(id, name, null));
	}

	@PostMapping("/admin/people/{id}/names/remove")
	String removeName(@PathVariable long id, @RequestParam String name, RedirectAttributes redirect) {
		return apply(redirect, id, () -> this.curation.removeName(id, name));
	}

	@PostMapping("/admin/people/{id}/type")
	String changeType(@PathVariable long id, @RequestParam String type, RedirectAttributes redirect) {
		return apply(redirect, id, () -> this.curation.changeType(id, EntityDirectory.parseType(type)));
	}

	@PostMapping("/admin/people/{id}/reject")
	String reject(@PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
		try {
			this.curation.reject(id, Rejection.parse(reason));
			redirect.addFlashAttribute("done", true);
			return "redirect:/admin/people";
		}
		catch (CurationException | EntityNotFoundException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/admin/people/" + id;
		}
	}

	@PostMapping("/admin/people/rejections")
	String importRejections(@RequestParam String lines, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("imported", this.curation.importRejections(lines));
		}
		catch (CurationException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/people";
	}

	private static String apply(RedirectAttributes redirect, long shownId, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (CurationException | EntityNotFoundException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/people/" + shownId;
	}

}
