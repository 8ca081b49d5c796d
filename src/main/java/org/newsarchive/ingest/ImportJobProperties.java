package org.newsarchive.ingest;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Imports of folders on the server started from the admin pages or the API.
 *
 * @param allowedRoots the folders under which an administrator may name a folder to
 * import; none by default, as an administrator's password should not open every file the
 * server can read
 */
@ConfigurationProperties("archive.import")
public record ImportJobProperties(@DefaultValue List<Path> allowedRoots) {

}
