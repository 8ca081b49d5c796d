package org.newsarchive.story;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The id of a seed article, found by the number its file name starts with. */
final class SeedArticles {

	private SeedArticles() {
	}

	static long id(JdbcClient jdbc, String number) {
		List<Long> ids = jdbc.sql("""
				select a.id from articles a join raw_documents r on r.id = a.raw_document_id
				where r.file_name like :name""").param("name", number + "\\_%").query(Long.class).list();
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

}
