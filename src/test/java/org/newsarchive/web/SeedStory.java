package org.newsarchive.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed story written straight into the story tables, as story assignment records it:
 * 000 (BBC, English and Chinese), 002 (觀察者網, traditional script) and 003 (China Military
 * Online) report NATO's planned Tokyo liaison office; 001 and 004 name the same people
 * outside the story. The pages are tested on this, whatever assignment decides.
 */
public final class SeedStory {

	public final long storyId;

	public final Map<String, Long> articles;

	private SeedStory(long storyId, Map<String, Long> articles) {
		this.storyId = storyId;
		this.articles = Map.copyOf(articles);
	}

	public long article(String seed) {
		return this.articles.get(seed);
	}

	/**
	 * Replaces whatever stories there are with the seed story; with {@code copy} the
	 * story records 003 as a copy of 002's text, to show how copies fold.
	 */
	public static SeedStory write(JdbcClient jdbc, boolean copy) {
		jdbc.sql("delete from story_members").update();
		jdbc.sql("delete from stories").update();
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select left(r.file_name, 3), a.id from articles a join raw_documents r on r.id = a.raw_document_id")
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		// Related articles are found by the names in the articles' features: here, the
		// names recognised in them, whatever assignment stored.
		jdbc.sql("""
				insert into story_features (article_id, revision, first_day, last_day, signature, title_terms, terms,
				entity_ids)
				select a.id, a.revision, a.published_first_day, a.published_last_day, '{}', '{}', '{}',
				coalesce((select array_agg(m.entity_id order by m.entity_id) from mentions m where m.article_id = a.id),
				'{}')
				from articles a
				on conflict (article_id) do update set entity_ids = excluded.entity_ids""").update();
		long story = jdbc.sql("""
				insert into stories (title, first_day, last_day, article_count, outlet_count)
				select title, date '2023-05-03', date '2023-05-04', 3, 3 from articles where id = :first
				returning id""").param("first", ids.get("000")).query(Long.class).single();
		member(jdbc, story, ids.get("000"), null, null, null, new String[0], new String[0], null);
		member(jdbc, story, ids.get("002"), null, ids.get("000"), 0.41f, new String[] { "斯托尔滕贝格", "北约", "东京" },
				new String[] { "联络处" }, 1);
		if (copy) {
			member(jdbc, story, ids.get("003"), ids.get("002"), ids.get("002"), 0.93f, new String[0], new String[0], 0);
		}
		else {
			member(jdbc, story, ids.get("003"), null, ids.get("002"), 0.37f, new String[] { "北约", "日本" },
					new String[] { "联络办公室", "小北约" }, 0);
		}
		return new SeedStory(story, ids);
	}

	private static void member(JdbcClient jdbc, long story, long article, Long duplicateOf, Long joinedTo,
			Float similarity, String[] people, String[] phrases, Integer dayGap) {
		jdbc.sql("""
				insert into story_members (article_id, story_id, duplicate_of, joined_to, similarity, shared_people,
				shared_phrases, day_gap) values (:article, :story, :duplicateOf, :joinedTo, :similarity, :people,
				:phrases, :dayGap)""")
			.param("article", article)
			.param("story", story)
			.param("duplicateOf", duplicateOf)
			.param("joinedTo", joinedTo)
			.param("similarity", similarity)
			.param("people", people)
			.param("phrases", phrases)
			.param("dayGap", dayGap)
			.update();
	}

}
