package org.newsarchive.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch in the header: the page the reader is on, with everything they
 * chose on it (a search, its filters, a page number), in the other language.
 */
@ControllerAdvice
class InterfaceLanguageLinks {

	@ModelAttribute("uiLinks")
	Map<String, String> uiLinks(HttpServletRequest request) {
		return Map.of("zh", link(request, "zh-CN"), "en", link(request, "en"));
	}

	static String link(HttpServletRequest request, String language) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		if ("GET".equals(request.getMethod())) {
			request.getParameterMap().forEach((name, values) -> link.queryParam(name, (Object[]) values));
		}
		return link.replaceQueryParam("ui", language).encode().build().toUriString();
	}

}
