package org.newsarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two files imported at the same moment, on two real threads released together, many
 * rounds over: each gets the status it would get alone, and nothing is stored twice.
 */
@ArchiveTest
class ConcurrentImportTests {

	private static final int ROUNDS = 8;

	private static final String SURNAMES = "韦施柯费范";

	private static final String GIVEN = "德安娜琳雅文丽莎";

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.threads.shutdownNow();
		this.threads.awaitTermination(10, TimeUnit.SECONDS);
	}

	/**
	 * The new person's key sorts before every other name the two articles share, so that
	 * both insert it before either waits for the other.
	 */
	@Test
	void twoArticlesNamingTheSameNewPersonAtOnceAreBothStoredWithOnePerson() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String latin = "Aaron Qu" + letters(round);
			String chinese = SURNAMES.charAt(round % SURNAMES.length()) + GIVEN.substring(round % 7, round % 7 + 2);
			List<ImportResult> results = race(rfiNaming(round + "a", chinese, latin),
					rfiNaming(round + "b", chinese, latin));

			assertThat(results).extracting(ImportResult::status)
				.as("round %d: %s", round, results)
				.containsExactly(ImportStatus.CREATED, ImportStatus.CREATED);
			assertThat(results.get(0).articleId()).isNotEqualTo(results.get(1).articleId());
			String key = "aaron-qu" + letters(round);
			assertThat(this.jdbc.queryForObject("select count(*) from entities where key = ?", Long.class, key))
				.isOne();
			assertThat(this.jdbc.queryForList(
					"select m.article_id from mentions m join entities e on e.id = m.entity_id where e.key = ?",
					Long.class, key))
				.containsExactlyInAnyOrder(results.get(0).articleId(), results.get(1).articleId());
		}
	}

	@Test
	void twoArticlesTeachingAKnownPersonNewNamesAtOnceTeachBoth() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String latin = "Odile Ve" + letters(round);
			String first = "韦" + GIVEN.substring(round % 7, round % 7 + 2);
			this.imports.importFiles("upload",
					List.of(new IncomingFile("first.txt", rfiNaming(round + "n", first, latin))));

			List<ImportResult> results = race(rfiNaming(round + "o", "施" + first.substring(1), latin),
					rfiNaming(round + "p", "柯" + first.substring(1), latin));

			assertThat(results).extracting(ImportResult::status)
				.as("round %d: %s", round, results)
				.containsExactly(ImportStatus.CREATED, ImportStatus.CREATED);
			assertThat(this.jdbc.queryForList(
					"select n.name from entity_names n join entities e on e.id = n.entity_id where e.key = ?",
					String.class, "odile-ve" + letters(round)))
				.as("round %d: every name learned, with the traditional forms folding adds", round)
				.contains(latin, first, "施" + first.substring(1), "柯" + first.substring(1));
		}
	}

	@Test
	void twoVersionsOfANewArticleAtOnceAreCreatedThenUpdated() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String title = "第" + round + "轮新建";
			List<ImportResult> results = race(bbcVersion(title, "甲"), bbcVersion(title, "乙"));

			assertThat(results).extracting(ImportResult::status)
				.as("round %d: %s", round, results)
				.containsExactlyInAnyOrder(ImportStatus.CREATED, ImportStatus.UPDATED);
			long id = results.get(0).articleId();
			assertThat(results.get(1).articleId()).isEqualTo(id);
			assertThat(
					this.jdbc.queryForList("select id from articles where title like ?", Long.class, "%" + title + "%"))
				.containsExactly(id);
			assertThat(revisionAndCopies(id)).containsExactly(2L, 2L);
		}
	}

	@Test
	void twoNewVersionsOfAStoredArticleAtOnceAreBothUpdates() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String title = "第" + round + "轮更新";
			ImportResult first = this.imports
				.importFiles("upload", List.of(new IncomingFile("first.md", bbcVersion(title, "原"))))
				.getFirst();
			assertThat(first.status()).isEqualTo(ImportStatus.CREATED);

			List<ImportResult> results = race(bbcVersion(title, "甲"), bbcVersion(title, "乙"));

			assertThat(results).extracting(ImportResult::status)
				.as("round %d: %s", round, results)
				.containsExactly(ImportStatus.UPDATED, ImportStatus.UPDATED);
			assertThat(results).extracting(ImportResult::articleId).containsOnly(first.articleId());
			assertThat(revisionAndCopies(first.articleId())).containsExactly(3L, 3L);
		}
	}

	/** Imports each file in its own run, on its own thread, both released together. */
	private List<ImportResult> race(byte[] one, byte[] other) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Future<ImportResult> first = this.threads.submit(() -> {
			start.await();
			return this.imports.importFiles("upload", List.of(new IncomingFile("one.txt", one))).getFirst();
		});
		Future<ImportResult> second = this.threads.submit(() -> {
			start.await();
			return this.imports.importFiles("upload", List.of(new IncomingFile("other.txt", other))).getFirst();
		});
		return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
	}

	private List<Long> revisionAndCopies(long articleId) {
		return List.of(this.jdbc.queryForObject("select revision from articles where id = ?", Long.class, articleId),
				this.jdbc.queryForObject("select count(*) from raw_documents where article_id = ?", Long.class,
						articleId));
	}

	/**
	 * Seed 004 at an address of its own, with a paragraph naming a person the archive has
	 * not met, by a Chinese name glossed with a Latin one.
	 */
	private static byte[] rfiNaming(String address, String chinese, String latin) {
		return Seeds.text(Seeds.RFI_NEWS)
			.replace("20230613-", "20230613-race-" + address + "-")
			.replace("<p><span><span><span><span>上述四国",
					"<p>北约副秘书长" + chinese + "（" + latin + "）当天表示，北约愿意加强合作。</p><p><span><span><span><span>上述四国")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Seed 000, which has no address (the same article is the same source, title and
	 * date), under another title, in a version of its own.
	 */
	private static byte[] bbcVersion(String title, String version) {
		return Seeds.text(Seeds.BBC)
			.replace("乌克兰战争催生亚洲“小北约”？", "乌克兰战争催生亚洲“小北约”？" + title)
			.replace("但同时澄清日本现在无意申请加入北约。", "但同时澄清日本现在无意申请加入北约。（版本" + version + "）")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Three lower-case letters that differ for every round. */
	private static String letters(int round) {
		return "" + (char) ('a' + round / 676 % 26) + (char) ('a' + round / 26 % 26) + (char) ('a' + round % 26);
	}

}
