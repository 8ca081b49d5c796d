package org.newsarchive.web;

import org.newsarchive.story.Stories;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The stories: the list, and one story's coverage side by side. */
@Controller
class StoryPagesController {

	static final int PAGE_SIZE = 20;

	private final Stories stories;

	private final ReadingPages pages;

	StoryPagesController(Stories stories, ReadingPages pages) {
		this.stories = stories;
		this.pages = pages;
	}

	@GetMapping("/stories")
	String list(@ModelAttribute("request") StoryListRequest request, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			// A date that is no date, a page that is no number: as on the search page, a
			// 400 that says how to write it.
			throw new BadParameterException("error.parameter.filter");
		}
		int page = request.pageIndex();
		model.addAttribute("stories", request.largest() ? this.stories.largest(request.filter(), page, PAGE_SIZE)
				: this.stories.recent(request.filter(), page, PAGE_SIZE));
		model.addAttribute("sources", this.pages.sources());
		return "story/list";
	}

	@GetMapping("/stories/{id}")
	String story(@PathVariable long id, Model model) {
		model.addAttribute("story", StoryPage.of(this.stories.story(id)));
		return "story/show";
	}

}
