package org.newsarchive.entity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;
import org.newsarchive.ingest.ImportService;
import org.newsarchive.ingest.IncomingFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's mentions go to the database in one statement that gives each its article's
 * source, month and start (V14, V15) from the articles itself, without a trigger run for
 * each row: at about ten mentions an article, the row trigger's look-up of the article
 * was a large share of what PostgreSQL spent storing an article.
 */
@ArchiveTest
@Import(StatementCounting.class)
class MentionStoringTests {

	@Autowired
	EntityDirectory directory;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	EntityManager entityManager;

	@Test
	void aBatchsMentionsAreOneStatementThatCopiesTheirArticlesPlaceAndDateWithoutARowTrigger() {
		List<Long> articles = List.of(stored("Stored mentions 1", "2023-05-12 18:07:23"),
				stored("Stored mentions 2", "2021-11-03 08:00:00"));
		Map<Long, Recognition> recognitions = new LinkedHashMap<>();
		recognitions.put(articles.get(0), recognition("甲", "乙"));
		recognitions.put(articles.get(1), recognition("乙"));
		StatementCounting.clear();
		Long rowTriggerRuns = this.transaction.execute((status) -> {
			this.jdbc.execute("set local track_functions = 'all'");
			this.directory.recordAll(recognitions);
			// what the transaction holds back goes now, as it would before it commits
			this.entityManager.flush();
			return this.jdbc.queryForObject("""
					select coalesce(sum(calls), 0) from pg_stat_xact_user_functions
					where funcname = 'mention_of_article'""", Long.class);
		});
		assertThat(rowTriggerRuns).isZero();
		assertThat(StatementCounting.executions("insert into mentions", "")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("""
				select e.name || ' in ' || a.title || ': ' || m.mention_count || ', ' || m.first_sentence || ', '
				  || m.roles || ', ' || (m.source_id = a.source_id) || ', ' || m.month || ', '
				  || (m.published_start = a.published_start)
				from mentions m join entities e on e.id = m.entity_id join articles a on a.id = m.article_id
				where a.id in (?, ?) order by a.title, e.name""", String.class, articles.get(0), articles.get(1)))
			.containsExactly("储乙 in Stored mentions 1: 2, 储乙说话了。, 部长, true, 2023-05, true",
					"储甲 in Stored mentions 1: 2, 储甲说话了。, 部长, true, 2023-05, true",
					"储乙 in Stored mentions 2: 2, 储乙说话了。, 部长, true, 2021-11, true");
		assertThat(this.jdbc.queryForList("""
				select e.name || ': ' || c.articles || ' articles, ' || c.mentions || ' mentions'
				from entity_counts c join entities e on e.id = c.entity_id where e.name like '储_' order by e.name""",
				String.class))
			.containsExactly("储乙: 2 articles, 4 mentions", "储甲: 1 articles, 2 mentions");
	}

	/** An article of China Military Online naming nobody, dated as given. */
	private long stored(String title, String time) {
		byte[] file = ("%s\n\n标题\n\nSource\nChina Military Online\nEditor\nLi Jiayao\nTime\n%s\n\n"
				+ "An article without people.\n\n天气很好。\n")
			.formatted(title, time)
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.imports.importFiles("upload", List.of(new IncomingFile(title + ".txt", file)))).hasSize(1);
		return this.jdbc.queryForObject("select id from articles where title = ?", Long.class, title);
	}

	/** People of the surname 储, each named twice as 部长. */
	private static Recognition recognition(String... givenNames) {
		List<RecognisedEntity> entities = Arrays.stream(givenNames)
			.map((given) -> new RecognisedEntity("person:储" + given, EntityType.PERSON, "储" + given,
					Set.of("储" + given), Set.of(), Set.of(), null, null))
			.toList();
		List<Mention> mentions = entities.stream()
			.map((entity) -> new Mention(entity.key(), 2, entity.canonicalName() + "说话了。", List.of("部长")))
			.toList();
		return new Recognition(entities, mentions);
	}

}
