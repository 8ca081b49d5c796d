package org.newsarchive.entity;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People as JSON: the list (or suggestions for a typed prefix), one person with every
 * name, and the administrator's curation.
 */
@RestController
class PeopleApiController {

	private static final int SUGGESTIONS = 8;

	private static final int PEOPLE_PER_PAGE = 50;

	private static final int ARTICLES_PER_PAGE = 20;

	private final EntityDirectory directory;

	private final EntityCuration curation;

	PeopleApiController(EntityDirectory directory, EntityCuration curation) {
		this.directory = directory;
		this.curation = curation;
	}

	/**
	 * One page of the list, its total in {@code X-Total-Count} and its neighbours in
	 * {@code Link}; or suggestions for a typed {@code prefix}.
	 */
	@GetMapping("/api/people")
	ResponseEntity<List<EntitySummary>> list(@RequestParam(required = false) String type,
			@RequestParam(required = false) String prefix, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (prefix != null) {
			return ResponseEntity.ok(this.directory.suggest(prefix, SUGGESTIONS));
		}
		EntityType parsed = EntityDirectory.parseType(type);
		EntityPage<EntitySummary> found = this.directory.list(parsed, q, Paging.of(page, size, PEOPLE_PER_PAGE));
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()));
		String links = new PeopleLinks("/api/people", parsed, q, size).header(found);
		if (links != null) {
			response.header(HttpHeaders.LINK, links);
		}
		return response.body(found.items());
	}

	@GetMapping("/api/people/{id}")
	EntityDetail person(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.directory.detail(id, Paging.of(page, size, ARTICLES_PER_PAGE));
	}

	@PostMapping("/api/admin/people/{id}/merge")
	EntityDetail merge(@PathVariable long id, @RequestParam long into) {
		return this.curation.merge(id, into);
	}

	@PostMapping("/api/admin/people/{id}/names")
	EntityDetail addName(@PathVariable long id, @RequestParam String name,
			@RequestParam(required = false) String script) {
		return this.curation.addName(id, name, script);
	}

	@PostMapping("/api/admin/people/{id}/names/remove")
	EntityDetail removeName(@PathVariable long id, @RequestParam String name) {
		return this.curation.removeName(id, name);
	}

	@PostMapping("/api/admin/people/{id}/type")
	EntityDetail changeType(@PathVariable long id, @RequestParam String type) {
		return this.curation.changeType(id, EntityDirectory.parseType(type));
	}

	/** Rejects an entity for good; says how many articles named it. */
	@PostMapping("/api/admin/people/{id}/reject")
	RejectionImport reject(@PathVariable long id, @RequestParam String reason) {
		return new RejectionImport(1, this.curation.reject(id, Rejection.parse(reason)));
	}

	/**
	 * A list of rejections as text, one {@code name,not-a-person} or
	 * {@code name,not-a-name} a line.
	 */
	@PostMapping(path = "/api/admin/people/rejections", consumes = MediaType.TEXT_PLAIN_VALUE)
	RejectionImport importRejections(@RequestBody String lines) {
		return this.curation.importRejections(lines);
	}

	@ExceptionHandler(EntityNotFoundException.class)
	ProblemDetail notFound(EntityNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ CurationException.class, IllegalArgumentException.class })
	ProblemDetail badCuration(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
