package org.newsarchive.ingest;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Import jobs are off until folders are allowed for them. */
class ImportJobsTests {

	@Test
	void withoutAllowedRootsEveryFolderIsRefused() throws InterruptedException {
		ImportJobs jobs = new ImportJobs(null, new ImportJobProperties(List.of()), Clock.systemUTC(), null);
		try {
			assertThatExceptionOfType(ImportPathException.class).isThrownBy(() -> jobs.start("/tmp"))
				.withMessage("Importing folders on the server is turned off: "
						+ "name the folders it may read in archive.import.allowed-roots.")
				.matches(ImportPathException::isOutsideAllowedRoots);
		}
		finally {
			jobs.stop();
		}
	}

}
