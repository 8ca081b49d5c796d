package org.newsarchive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchConfiguration.IndexProperties.class)
class SearchConfiguration {

	@Bean(destroyMethod = "close")
	ArticleIndex articleIndex(IndexProperties properties) throws IOException {
		Path folder = (properties.directory() == null || properties.directory().isBlank())
				? Files.createTempDirectory("news-archive-index") : Path.of(properties.directory());
		return new ArticleIndex(folder);
	}

	@Bean
	ArticleSearch articleSearch(ArticleIndex index) {
		return new ArticleSearch(index);
	}

	/**
	 * The index.
	 *
	 * @param directory its folder; unset for a throw-away index in a temporary folder
	 */
	@ConfigurationProperties("archive.index")
	record IndexProperties(String directory) {

	}

}
