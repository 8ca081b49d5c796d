package org.newsarchive.ingest;

import java.nio.file.Path;
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
 */
@ConfigurationProperties("archive.ingest")
public record IngestProperties(@DefaultValue("seeds") List<Path> folders, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("100MB") DataSize maxContainerSize, @DefaultValue("1GB") DataSize maxUnpackedSize,
		@DefaultValue("100000") int maxEntries, @DefaultValue("3") int maxNesting) {

	Containers.Limits containerLimits() {
		return new Containers.Limits(this.maxUnpackedSize.toBytes(), this.maxEntries, this.maxNesting,
				this.maxFileSize.toBytes());
	}

}
