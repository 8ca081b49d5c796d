package org.newsarchive.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.search.SearchIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every article's mentions when the gazetteer shipped with the application is
 * not the one they were computed with, then re-indexes those articles. Runs before the
 * index is checked against the database at start-up.
 */
@Component
@Order(-1)
class GazetteerSync implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(GazetteerSync.class);

	private final JdbcClient jdbc;

	private final ArticleQueries articles;

	private final MentionRecorder recorder;

	private final SearchIndexer indexer;

	private final TransactionTemplate transaction;

	GazetteerSync(JdbcClient jdbc, ArticleQueries articles, MentionRecorder recorder, SearchIndexer indexer,
			TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.recorder = recorder;
		this.indexer = indexer;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		String current = gazetteerSha256();
		String recorded = this.jdbc.sql("select gazetteer_sha256 from entity_state where id = 1")
			.query(String.class)
			.optional()
			.orElse(null);
		if (current.equals(recorded)) {
			return;
		}
		long started = System.nanoTime();
		Map<Long, Long> revisions = this.articles.revisions();
		for (Long articleId : revisions.keySet()) {
			this.transaction.executeWithoutResult((status) -> this.recorder.recognise(articleId));
		}
		this.jdbc.sql("""
				insert into entity_state (id, gazetteer_sha256) values (1, :sha)
				on conflict (id) do update set gazetteer_sha256 = excluded.gazetteer_sha256""")
			.param("sha", current)
			.update();
		this.indexer.reindex(revisions.keySet());
		logger.info("The gazetteer changed: recognised the people in {} articles again in {} ms", revisions.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	static String gazetteerSha256() {
		try (InputStream in = GazetteerSync.class.getResourceAsStream(Gazetteer.RESOURCE)) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
