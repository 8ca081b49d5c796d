package org.newsarchive.backup;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Restores a backup right after the schema is migrated and before anything reads the
 * database, when {@code archive.restore-from} (or {@code ARCHIVE_RESTORE_FROM}) names
 * one. The search index is rebuilt from the restored rows by the start-up index check.
 */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

	@Bean
	FlywayMigrationStrategy migrateThenRestore(ArchiveBackup backup,
			@Value("${archive.restore-from:${ARCHIVE_RESTORE_FROM:}}") String restoreFrom) {
		return (flyway) -> {
			flyway.migrate();
			if (!restoreFrom.isBlank()) {
				Path file = Path.of(restoreFrom);
				if (!Files.isRegularFile(file)) {
					throw new BackupException("There is no backup at " + file.toAbsolutePath());
				}
				backup.restore(file);
			}
		};
	}

}
