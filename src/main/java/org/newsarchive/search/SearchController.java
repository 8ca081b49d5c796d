package org.newsarchive.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: every state of it is a shareable URL. */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("request") SearchRequest request, BindingResult binding,
			@RequestParam(required = false) String more, Model model, HttpServletRequest http,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			// A parameter that is not even of the right type (a date that is no date):
			// the
			// page still shows, with the words kept and a note on what to correct.
			SearchRequest words = new SearchRequest(http.getParameter("q"), null, null, null, null, null, null, null,
					null, null, null);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("request", words);
			model.addAttribute("problem", problem(binding));
			model.addAttribute("links", new SearchLinks(words));
			return "search/results";
		}
		try {
			model.addAttribute("result", this.search.search(request, more));
		}
		catch (InvalidQueryException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", ex.getMessage());
		}
		SearchLinks links = new SearchLinks(request);
		model.addAttribute("links", links);
		model.addAttribute("feedUrl", links.feed());
		model.addAttribute("personNames", this.search.personNames(request.person()));
		model.addAttribute("sourceNames", this.search.sourceNames());
		model.addAttribute("storyTitle", this.search.storyTitle(request.story()));
		return "search/results";
	}

	/** What is wrong with a request whose parameters could not be read. */
	static String problem(BindingResult binding) {
		FieldError error = binding.getFieldError();
		if (error == null) {
			return "The search parameters could not be read.";
		}
		String hint = switch (error.getField()) {
			case "from", "to" -> " Write a date as year-month-day, as in 2023-05-31.";
			case "page", "size", "person", "story" -> " It must be a whole number.";
			default -> "";
		};
		return "The parameter '" + error.getField() + "' cannot be '" + error.getRejectedValue() + "'." + hint;
	}

	@GetMapping("/search/help")
	String help() {
		return "search/help";
	}

}
