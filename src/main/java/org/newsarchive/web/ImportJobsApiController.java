package org.newsarchive.web;

import java.net.URI;
import java.util.List;

import org.newsarchive.ingest.ImportJob;
import org.newsarchive.ingest.ImportJobs;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports of folders on the server for administrators: started, followed and cancelled
 * while the portal goes on serving.
 */
@RestController
class ImportJobsApiController {

	private final ImportJobs jobs;

	ImportJobsApiController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping("/api/admin/import-jobs")
	ResponseEntity<ImportJob> start(@RequestBody JobRequest request) {
		ImportJob job = this.jobs.start(request.path());
		return ResponseEntity.accepted().location(URI.create("/api/admin/import-jobs/" + job.id())).body(job);
	}

	@GetMapping("/api/admin/import-jobs")
	List<ImportJob> recent() {
		return this.jobs.recent();
	}

	@GetMapping("/api/admin/import-jobs/{id}")
	ImportJob job(@PathVariable long id) {
		return this.jobs.get(id);
	}

	@DeleteMapping("/api/admin/import-jobs/{id}")
	ImportJob cancel(@PathVariable long id) {
		return this.jobs.cancel(id);
	}

	/** The body of a request to start a job: a folder or file on the server. */
	record JobRequest(String path) {

	}

}
