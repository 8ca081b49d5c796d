package org.newsarchive.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Ingestion settings.
 *
 * @param folders folders imported at start-up, in order; files already stored are left as
 * they are
 * @param maxFileSize files larger than this are kept but rejected, as is such a file
 * inside a container
 * @param maxContainerSize the same for a zip, tar or gzip file, which holds many files in
 * less room
 * @param maxUnpackedSize the most a container (zip, tar, gzip) may unpack to, counting
 * every level of nesting; a container that unpacks to more is rejected whole
 * @param maxEntries the most entries (files, folders, links) a container may hold, at
 * every level of nesting
 * @param maxNesting how many containers deep a file may lie, the outermost container
 * counting as one and a {@code .tar.gz} as one
 * @param batchSize how many articles an import stores in one transaction at most (a file
 * of more is stored in one of its own)
 * @param batchTime how long an import gathers files for one transaction at most, so that
 * a slow trickle of files is still stored and shown as it goes
 */
@ConfigurationProperties("archive.ingest")
public record IngestProperties(@DefaultValue("seeds") List<Path> folders, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("100MB") DataSize maxContainerSize, @DefaultValue("1GB") DataSize maxUnpackedSize,
		@DefaultValue("100000") int maxEntries, @DefaultValue("3") int maxNesting, @DefaultValue("100") int batchSize,
		@DefaultValue("1s") Duration batchTime) {

	Containers.Limits containerLimits() {
		return new Containers.Limits(this.maxUnpackedSize.toBytes(), this.maxEntries, this.maxNesting,
				this.maxFileSize.toBytes());
	}

}
