package org.newsarchive.web;

import org.newsarchive.ingest.StartupImportProgress;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * While the start-up import runs, every page says so and how far it is: the archive a
 * reader sees meanwhile is not yet the whole one.
 */
@ControllerAdvice
class StartupImportNotice {

	private final StartupImportProgress progress;

	StartupImportNotice(StartupImportProgress progress) {
		this.progress = progress;
	}

	@ModelAttribute("startupImport")
	StartupImportProgress.Snapshot startupImport() {
		return this.progress.current().orElse(null);
	}

}
