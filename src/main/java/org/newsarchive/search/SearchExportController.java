package org.newsarchive.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every article a search finds, not just one page: {@code /search.csv} and
 * {@code /search.json} take the parameters of {@code /search}.
 */
@RestController
class SearchExportController {

	private static final int WRITE_BUFFER = 64 * 1024;

	private final SearchService search;

	private final SearchExports exports;

	SearchExportController(SearchService search, SearchExports exports) {
		this.search = search;
		this.exports = exports;
	}

	@GetMapping("/search.csv")
	void csv(@ModelAttribute SearchRequest request, HttpServletResponse response) throws IOException {
		List<Long> ids = this.search.matchingIds(request.allPages());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("news-archive-search.csv"));
		// Buffered here: the CSV printer writes a cell in several pieces, each of which
		// would otherwise go through the response's writer and its encoder on its own.
		this.exports.csv(ids, new BufferedWriter(
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), WRITE_BUFFER));
	}

	@GetMapping("/search.json")
	void json(@ModelAttribute SearchRequest request, HttpServletResponse response) throws IOException {
		List<Long> ids = this.search.matchingIds(request.allPages());
		response.setContentType("application/json");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("news-archive-search.json"));
		this.exports.json(ids, response.getOutputStream());
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name).build().toString();
	}

}
