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
 * @param maxFileSize files larger than this are kept but rejected
 */
@ConfigurationProperties("archive.ingest")
public record IngestProperties(@DefaultValue("seeds") List<Path> folders, @DefaultValue("10MB") DataSize maxFileSize) {

}
