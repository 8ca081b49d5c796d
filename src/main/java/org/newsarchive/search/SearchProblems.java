package org.newsarchive.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A search that cannot run, asked for as JSON, a feed or an export, is a 400 problem
 * detail with the reason in words.
 */
@RestControllerAdvice(
		assignableTypes = { SearchApiController.class, SearchExportController.class, SearchFeedController.class })
class SearchProblems {

	@ExceptionHandler(InvalidQueryException.class)
	ProblemDetail invalidQuery(InvalidQueryException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("The search cannot run");
		return problem;
	}

}
