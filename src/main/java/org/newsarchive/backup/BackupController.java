package org.newsarchive.backup;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/backup} (HTTP Basic) and {@code /admin/backup} (the link on the
 * signed-in admin page): the whole archive as one zip, streamed.
 */
@RestController
class BackupController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final ArchiveBackup backup;

	private final Clock clock;

	BackupController(ArchiveBackup backup, Clock clock) {
		this.backup = backup;
		this.clock = clock;
	}

	@GetMapping({ "/api/admin/backup", "/admin/backup" })
	void backup(HttpServletResponse response) throws IOException, SQLException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("news-archive-" + STAMP.format(this.clock.instant()) + ".zip")
					.build()
					.toString());
		this.backup.write(response.getOutputStream());
	}

}
