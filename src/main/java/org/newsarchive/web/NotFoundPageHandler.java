package org.newsarchive.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser asking for an address the archive does not have gets the friendly 404 page
 * rather than a JSON problem; scripts asking for JSON keep the problem detail.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPageHandler {

	@ExceptionHandler(exception = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView notFound(NoResourceFoundException ex, HttpServletRequest request) throws NoResourceFoundException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

}
