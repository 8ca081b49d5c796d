package org.newsarchive.entity;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

	private final EntityDirectory directory;

	private final EntityCuration curation;

	PeopleApiController(EntityDirectory directory, EntityCuration curation) {
		this.directory = directory;
		this.curation = curation;
	}

	@GetMapping("/api/people")
	List<EntitySummary> list(@RequestParam(required = false) String type,
			@RequestParam(required = false) String prefix) {
		return (prefix != null) ? this.directory.suggest(prefix, SUGGESTIONS)
				: this.directory.list(EntityDirectory.parseType(type), null);
	}

	@GetMapping("/api/people/{id}")
	EntityDetail person(@PathVariable long id) {
		return this.directory.detail(id);
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
