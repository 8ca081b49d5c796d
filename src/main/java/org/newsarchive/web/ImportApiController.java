package org.newsarchive.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.newsarchive.ingest.ImportResult;
import org.newsarchive.ingest.ImportRunView;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.ingest.IncomingFile;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Uploads for administrators: one result per file, whatever became of it. */
@RestController
class ImportApiController {

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	List<ImportResult> upload(@RequestParam("file") List<MultipartFile> files) {
		return this.imports.importFiles("upload", incoming(files));
	}

	@GetMapping("/api/admin/imports")
	List<ImportRunView> history() {
		return this.imports.recentRuns();
	}

	static List<IncomingFile> incoming(List<MultipartFile> files) {
		List<IncomingFile> incoming = new ArrayList<>();
		for (MultipartFile file : files) {
			try {
				String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : file.getName();
				incoming.add(new IncomingFile(name, file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the upload " + file.getOriginalFilename(), ex);
			}
		}
		return incoming;
	}

}
