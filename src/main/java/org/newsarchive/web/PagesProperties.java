package org.newsarchive.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the reading pages are served.
 *
 * @param cacheTime how long a reading page is kept and sent again as it was rendered
 * ({@link PageCache}); zero renders every request
 */
@ConfigurationProperties("archive.pages")
record PagesProperties(@DefaultValue("1s") Duration cacheTime) {

}
