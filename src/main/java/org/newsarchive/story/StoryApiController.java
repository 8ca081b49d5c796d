package org.newsarchive.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stories as JSON, and administrators' decisions about them under {@code /api/admin}.
 */
@RestController
class StoryApiController {

	private final Stories stories;

	private final StoryCuration curation;

	StoryApiController(Stories stories, StoryCuration curation) {
		this.stories = stories;
		this.curation = curation;
	}

	/**
	 * Stories, the most recent ({@code order=recent}, the default) or the largest
	 * ({@code order=largest}) first; {@code page} counts from 1.
	 */
	@GetMapping("/api/stories")
	StoryList list(@RequestParam(defaultValue = "recent") String order,
			@RequestParam(required = false) Set<String> source,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		StoryFilter filter = new StoryFilter((source != null) ? source : Set.of(), from, to);
		int index = Math.max(page, 1) - 1;
		int bounded = Math.clamp(size, 1, 100);
		Page<StorySummary> found = switch (order) {
			case "recent" -> this.stories.recent(filter, index, bounded);
			case "largest" -> this.stories.largest(filter, index, bounded);
			default -> throw new StoryCurationException("order is recent or largest, not " + order);
		};
		return new StoryList(found.getTotalElements(), index + 1, bounded, found.getContent());
	}

	@GetMapping("/api/stories/{id}")
	StoryDetail story(@PathVariable long id) {
		return this.stories.story(id);
	}

	/** Takes the given articles out of the story into a new one. */
	@PostMapping("/api/admin/stories/{id}/split")
	StoryRef split(@PathVariable long id, @RequestBody ArticleIds body) {
		return this.curation.split(id, Set.copyOf(body.articleIds()));
	}

	/** Puts an article into the story. */
	@PostMapping("/api/admin/stories/{id}/articles/{articleId}")
	StoryRef move(@PathVariable long id, @PathVariable long articleId) {
		return this.curation.move(articleId, id);
	}

	/** Merges the story into another. */
	@PostMapping("/api/admin/stories/{id}/merge")
	StoryRef merge(@PathVariable long id, @RequestBody Into body) {
		return this.curation.merge(id, body.into());
	}

	/** Assigns every article again; administrators' decisions stay. */
	@PostMapping("/api/admin/stories/recluster")
	void recluster() {
		this.curation.recluster();
	}

	@ExceptionHandler(StoryNotFoundException.class)
	ProblemDetail notFound(StoryNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(StoryCurationException.class)
	ProblemDetail badRequest(StoryCurationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/** A page of stories; {@code page} counts from 1. */
	record StoryList(long total, int page, int size, List<StorySummary> items) {

	}

	record ArticleIds(List<Long> articleIds) {

	}

	record Into(long into) {

	}

}
