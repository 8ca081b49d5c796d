package org.newsarchive.web;

import org.newsarchive.article.ArticleNotFoundException;
import org.newsarchive.article.InvalidFilterException;
import org.newsarchive.article.RawDocumentNotFoundException;
import org.newsarchive.source.SourceNotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API answers errors as RFC 9457 problem details. It is asked before the pages'
 * handler, which applies to every controller and would otherwise answer with a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler {

	@ExceptionHandler({ ArticleNotFoundException.class, SourceNotFoundException.class,
			RawDocumentNotFoundException.class })
	ProblemDetail notFound(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(InvalidFilterException.class)
	ProblemDetail invalidFilter(InvalidFilterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter '%s' cannot be '%s'.".formatted(ex.getName(), ex.getValue()));
		problem.setTitle("Bad request");
		return problem;
	}

	@ExceptionHandler(MalformedParameterException.class)
	ProblemDetail malformedParameter(MalformedParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

}
