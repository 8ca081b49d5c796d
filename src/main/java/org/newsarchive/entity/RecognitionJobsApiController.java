package org.newsarchive.entity;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-recognition of the whole archive for administrators: started, followed and cancelled
 * while the portal goes on serving.
 */
@RestController
class RecognitionJobsApiController {

	private final RecognitionJobs jobs;

	RecognitionJobsApiController(RecognitionJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/api/admin/recognition-jobs")
	ResponseEntity<RecognitionJob> start() {
		RecognitionJob job = this.jobs.start();
		return ResponseEntity.accepted().location(URI.create("/api/admin/recognition-jobs/" + job.id())).body(job);
	}

	@GetMapping("/api/admin/recognition-jobs")
	List<RecognitionJob> recent() {
		return this.jobs.recent();
	}

	@GetMapping("/api/admin/recognition-jobs/{id}")
	RecognitionJob job(@PathVariable long id) {
		return this.jobs.get(id);
	}

	@DeleteMapping("/api/admin/recognition-jobs/{id}")
	RecognitionJob cancel(@PathVariable long id) {
		return this.jobs.cancel(id);
	}

	@ExceptionHandler(RecognitionJobNotFoundException.class)
	ProblemDetail notFound(RecognitionJobNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

}
