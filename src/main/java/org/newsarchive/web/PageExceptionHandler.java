package org.newsarchive.web;

import java.util.Map;

import org.newsarchive.article.ArticleNotFoundException;
import org.newsarchive.article.RawDocumentNotFoundException;
import org.newsarchive.entity.EntityNotFoundException;
import org.newsarchive.source.SourceNotFoundException;
import org.newsarchive.story.StoryNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing article or source with the friendly 404 page, and anything
 * unexpected with the friendly 500 page: the reader never sees a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler({ ArticleNotFoundException.class, SourceNotFoundException.class, EntityNotFoundException.class,
			RawDocumentNotFoundException.class, StoryNotFoundException.class,
			MethodArgumentTypeMismatchException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(MalformedParameterException.class)
	ModelAndView malformedParameter() {
		return new ModelAndView("error/400", Map.of("note", MalformedParameterException.MESSAGE_CODE),
				HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(BadParameterException.class)
	ModelAndView badParameter(BadParameterException ex) {
		return new ModelAndView("error/400", Map.of("note", ex.messageCode()), HttpStatus.BAD_REQUEST);
	}

	/**
	 * The friendly 500 page for a page's unexpected failure. Exceptions that carry their
	 * own status, and failures of the JSON API, keep their usual handling.
	 */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HandlerMethod handler) throws Exception {
		if (ex instanceof ErrorResponse || AnnotatedElementUtils.hasAnnotation(ex.getClass(), ResponseStatus.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
				|| handler.hasMethodAnnotation(ResponseBody.class)) {
			throw ex;
		}
		logger.error("The page {} failed", handler.getShortLogMessage(), ex);
		return new ModelAndView("error/500", HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
