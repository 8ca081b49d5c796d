package org.newsarchive.web;

import org.newsarchive.ingest.StartupImportProgress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * While the start-up import runs, every page says so and how far it is: the archive a
 * reader sees meanwhile is not yet the whole one.
 */
@ControllerAdvice
class StartupImportNotice {

	private final ObjectProvider<StartupImportProgress> progress;

	/** The progress is optional so that web slice tests run without the ingest module. */
	StartupImportNotice(ObjectProvider<StartupImportProgress> progress) {
		this.progress = progress;
	}

	@ModelAttribute("startupImport")
	StartupImportProgress.Snapshot startupImport() {
		StartupImportProgress progress = this.progress.getIfAvailable();
		return (progress != null) ? progress.current().orElse(null) : null;
	}

}
