package org.newsarchive.search;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search engine behind the {@link SearchEngine} and {@link SearchIndex} ports:
 * {@code archive.search.backend=embedded} (the default) for the Lucene index in a folder,
 * {@code opensearch} for an OpenSearch cluster.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SearchConfiguration.IndexProperties.class,
		SearchConfiguration.OpenSearchProperties.class })
class SearchConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "archive.search.backend", havingValue = "embedded", matchIfMissing = true)
	static class Embedded {

		@Bean(destroyMethod = "close")
		ArticleIndex articleIndex(IndexProperties properties, ObjectProvider<GivingWay> readers) throws IOException {
			Path folder = (properties.directory() == null || properties.directory().isBlank())
					? Files.createTempDirectory("news-archive-index") : Path.of(properties.directory());
			return new ArticleIndex(folder, properties.refreshInterval(),
					readers.getIfAvailable(() -> GivingWay.NOBODY));
		}

		@Bean
		ArticleSearch articleSearch(ArticleIndex index) {
			return new ArticleSearch(index);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "archive.search.backend", havingValue = "opensearch")
	static class OpenSearch {

		@Bean(destroyMethod = "close")
		OpenSearchIndex openSearchIndex(OpenSearchProperties properties) {
			if (properties.url() == null || properties.url().isBlank()) {
				throw new IllegalStateException(
						"archive.search.backend=opensearch needs archive.search.opensearch.url (ARCHIVE_SEARCH_OPENSEARCH_URL)");
			}
			return new OpenSearchIndex(URI.create(properties.url()), properties.user(), properties.password(),
					properties.index());
		}

		@Bean
		OpenSearchSearch openSearchSearch(OpenSearchIndex index) {
			return new OpenSearchSearch(index);
		}

	}

	/**
	 * The embedded index.
	 *
	 * @param directory its folder; unset for a throw-away index in a temporary folder
	 * @param refreshInterval how late readers' searches may see an import's writes at
	 * most: what they search is refreshed at most once per interval while writes keep
	 * coming (zero: every write is seen by the next search)
	 */
	@ConfigurationProperties("archive.index")
	record IndexProperties(String directory, @DefaultValue("1s") Duration refreshInterval) {

	}

	/**
	 * An OpenSearch cluster, for {@code archive.search.backend=opensearch}.
	 *
	 * @param url the address of a node, such as {@code http://127.0.0.1:9200}
	 * @param user a user name, or unset where the cluster needs none
	 * @param password the user's password
	 * @param index the alias searches use; the indexes behind it are named after it
	 */
	@ConfigurationProperties("archive.search.opensearch")
	record OpenSearchProperties(String url, String user, String password, @DefaultValue("articles") String index) {

	}

}
