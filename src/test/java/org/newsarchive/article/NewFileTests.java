package org.newsarchive.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new file holds no article yet: keeping it leaves the files kept per source (V23)
 * alone, without the upsert and delete of no rows its insert's trigger ran for every file
 * an import kept.
 */
@ArchiveTest
class NewFileTests {

	@Autowired
	ArticleStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void keepingANewFileCountsNoFilesOfASource() {
		Long counted = this.transaction.execute((status) -> {
			this.jdbc.execute("set local track_functions = 'all'");
			RawDocumentRef kept = this.store.keepNewRaw("new-file.txt", "0".repeat(63) + "f",
					"新的文件".getBytes(StandardCharsets.UTF_8), "UTF-8");
			assertThat(kept.fileName()).isEqualTo("new-file.txt");
			return this.jdbc.queryForObject("""
					select coalesce(sum(calls), 0) from pg_stat_xact_user_functions
					where funcname = 'count_source_files'""", Long.class);
		});
		assertThat(counted).isZero();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from source_files f join raw_documents r on r.id = f.raw_document_id
				where r.file_name = 'new-file.txt'""", Long.class)).isZero();
	}

}
