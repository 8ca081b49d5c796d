package org.newsarchive.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/search} and the administrator's rebuild of the index. */
@RestController
class SearchApiController {

	private final SearchService search;

	private final SearchIndexer indexer;

	SearchApiController(SearchService search, SearchIndexer indexer) {
		this.search = search;
		this.indexer = indexer;
	}

	@GetMapping("/api/search")
	SearchResponse search(@ModelAttribute SearchRequest request, @RequestParam(required = false) String more) {
		return this.search.search(request, more);
	}

	@PostMapping("/api/admin/reindex")
	SearchIndexer.Report reindex() {
		return this.indexer.rebuild();
	}

	/**
	 * A parameter of the wrong type, such as {@code from=notadate}: the same problem
	 * detail as any other search that cannot run, not the framework's generic one.
	 */
	@ExceptionHandler(BindException.class)
	ProblemDetail badParameter(BindException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				SearchController.problem(ex.getBindingResult()));
		problem.setTitle("The search cannot run");
		return problem;
	}

}
