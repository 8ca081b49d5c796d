package org.newsarchive.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.newsarchive.article.ArticleStore;
import org.newsarchive.entity.RecognitionJobs;
import org.newsarchive.ingest.ImportJob;
import org.newsarchive.ingest.ImportJobs;
import org.newsarchive.ingest.ImportPathException;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.search.SearchIndexer;
import org.newsarchive.source.SourceCatalog;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's pages: uploads with a result per file, imports of folders on the
 * server followed live, the import history with the originals of rejected files,
 * rebuilding the search index, recognising the people of the whole archive again, and the
 * sources to curate.
 */
@Controller
class AdminController {

	private final ImportService imports;

	private final SearchIndexer indexer;

	private final ArticleStore store;

	private final SourceCatalog sources;

	private final ImportJobs jobs;

	private final RecognitionJobs recognitionJobs;

	AdminController(ImportService imports, SearchIndexer indexer, ArticleStore store, SourceCatalog sources,
			ImportJobs jobs, RecognitionJobs recognitionJobs) {
		this.imports = imports;
		this.indexer = indexer;
		this.store = store;
		this.sources = sources;
		this.jobs = jobs;
		this.recognitionJobs = recognitionJobs;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("runs", this.imports.recentRuns());
		model.addAttribute("sources", this.sources.all());
		model.addAttribute("jobs", this.jobs.recent());
		model.addAttribute("allowedRoots", this.jobs.allowedRoots());
		model.addAttribute("recognitionJobs", this.recognitionJobs.recent());
		return "admin/index";
	}

	@PostMapping("/admin/import-jobs")
	String startJob(@RequestParam(defaultValue = "") String path, Model model) {
		try {
			this.jobs.start(path);
			return "redirect:/admin#jobs-heading";
		}
		catch (ImportPathException ex) {
			model.addAttribute("jobError", ex.getMessage());
			model.addAttribute("jobPath", path);
			return admin(model);
		}
	}

	@PostMapping("/admin/import-jobs/{id}/cancel")
	String cancelJob(@PathVariable long id) {
		this.jobs.cancel(id);
		return "redirect:/admin#jobs-heading";
	}

	/**
	 * A job's progress for the admin page's script, which is signed in by the page's
	 * session, not by the API's Basic authentication.
	 */
	@GetMapping(path = "/admin/import-jobs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportJob job(@PathVariable long id) {
		return this.jobs.get(id);
	}

	@PostMapping("/admin/recognition-jobs")
	String startRecognition() {
		this.recognitionJobs.start();
		return "redirect:/admin#recognition-heading";
	}

	@PostMapping("/admin/recognition-jobs/{id}/cancel")
	String cancelRecognition(@PathVariable long id) {
		this.recognitionJobs.cancel(id);
		return "redirect:/admin#recognition-heading";
	}

	@PostMapping("/admin/imports")
	String upload(@RequestParam(name = "file", required = false) List<MultipartFile> files, Model model) {
		List<MultipartFile> chosen = (files != null) ? files.stream()
			.filter((file) -> !file.isEmpty()
					|| (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()))
			.toList() : List.of();
		if (chosen.isEmpty()) {
			model.addAttribute("noFiles", true);
		}
		else {
			model.addAttribute("results", this.imports.importFiles("upload", ImportApiController.incoming(chosen)));
		}
		return admin(model);
	}

	@PostMapping("/admin/reindex")
	String reindex(Model model) {
		model.addAttribute("reindexed", this.indexer.rebuild());
		return admin(model);
	}

	/**
	 * A kept original as escaped text, where it is UTF-8; otherwise only its download.
	 */
	@GetMapping("/admin/raw/{rawDocumentId}")
	String raw(@PathVariable long rawDocumentId, @RequestParam String name, Model model) {
		model.addAttribute("rawDocumentId", rawDocumentId);
		model.addAttribute("name", name);
		model.addAttribute("text", utf8OrNull(this.store.rawContent(rawDocumentId)));
		return "admin/raw";
	}

	private static String utf8OrNull(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
