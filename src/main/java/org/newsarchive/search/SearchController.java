package org.newsarchive.search;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The search page: every state of it is a shareable URL. */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@ModelAttribute("request") SearchRequest request, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("result", this.search.search(request));
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
		return "search/results";
	}

	@GetMapping("/search/help")
	String help() {
		return "search/help";
	}

}
