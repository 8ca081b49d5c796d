package org.newsarchive.web;

import org.newsarchive.article.ArticleNotFoundException;
import org.newsarchive.entity.EntityNotFoundException;
import org.newsarchive.source.SourceNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer a missing article or source with the friendly 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	@ExceptionHandler({ ArticleNotFoundException.class, SourceNotFoundException.class, EntityNotFoundException.class,
			MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
