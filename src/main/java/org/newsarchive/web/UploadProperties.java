package org.newsarchive.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of one upload to {@code POST /api/imports}. Tomcat enforces the count while it
 * reads the body ({@code server.tomcat.max-part-count} is set from it).
 *
 * @param maxFiles the most files one upload may hold
 */
@ConfigurationProperties("archive.upload")
record UploadProperties(@DefaultValue("1000") int maxFiles) {

}
