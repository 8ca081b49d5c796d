package org.newsarchive.story;

import java.util.List;
import java.util.Set;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's decisions about stories: split one, move an article, merge two. Each
 * decision pins the articles it places, so that re-import and re-clustering keep it.
 */
@Service
@Transactional
public class StoryCuration {

	private final JdbcClient jdbc;

	private final JdbcStoryStore store;

	private final StoryRecorder recorder;

	private final ArticleQueries articles;

	StoryCuration(JdbcClient jdbc, JdbcStoryStore store, StoryRecorder recorder, ArticleQueries articles) {
		this.jdbc = jdbc;
		this.store = store;
		this.recorder = recorder;
		this.articles = articles;
	}

	/**
	 * Takes the given articles out of a story into a new one; both keep their articles
	 * from then on.
	 */
	public StoryRef split(long storyId, Set<Long> articleIds) {
		synchronized (this.recorder) {
			List<Long> members = members(storyId);
			if (articleIds.isEmpty() || !members.containsAll(articleIds) || articleIds.containsAll(members)) {
				throw new StoryCurationException(
						"A split takes some, not all, of the story's articles: " + articleIds + " of " + members);
			}
			long first = members.stream().filter(articleIds::contains).findFirst().orElseThrow();
			long newStory = this.jdbc
				.sql("insert into stories (title) select title from articles where id = :id returning id")
				.param("id", first)
				.query(Long.class)
				.single();
			for (long member : members) {
				place(member, articleIds.contains(member) ? newStory : storyId, "SPLIT");
			}
			this.store.refresh(storyId);
			this.store.refresh(newStory);
			return ref(newStory);
		}
	}

	/** Puts an article into a story, out of any other. */
	public StoryRef move(long articleId, long storyId) {
		synchronized (this.recorder) {
			members(storyId);
			ArticleView article = this.articles.get(articleId);
			StoryStore.Membership before = this.store.membership(article.id());
			place(article.id(), storyId, "MOVE");
			if (before != null && before.storyId() != storyId) {
				this.store.refresh(before.storyId());
			}
			this.store.refresh(storyId);
			return ref(storyId);
		}
	}

	/** Moves every article of one story into another; the first story is gone. */
	public StoryRef merge(long storyId, long intoStoryId) {
		synchronized (this.recorder) {
			if (storyId == intoStoryId) {
				throw new StoryCurationException("A story cannot be merged into itself.");
			}
			members(intoStoryId);
			for (long member : members(storyId)) {
				place(member, intoStoryId, "MERGE");
			}
			this.jdbc.sql("delete from stories where id = :id").param("id", storyId).update();
			this.store.refresh(intoStoryId);
			return ref(intoStoryId);
		}
	}

	/**
	 * Assigns every article again from its stored features, in publication order, as if
	 * imported afresh; pinned articles stay where administrators put them.
	 */
	public void recluster() {
		synchronized (this.recorder) {
			this.jdbc.sql("""
					delete from story_members m where not exists
					(select 1 from story_pins p where p.article_id = m.article_id and p.story_id = m.story_id)""")
				.update();
			this.jdbc.sql("""
					delete from stories s where not exists (select 1 from story_pins p where p.story_id = s.id)""")
				.update();
			List<Long> ids = this.jdbc.sql("""
					select f.article_id from story_features f join articles a on a.id = f.article_id
					order by a.published_start nulls last, a.id""").query(Long.class).list();
			for (long id : ids) {
				this.recorder.reassign(this.store.features(id));
			}
		}
	}

	private void place(long articleId, long storyId, String decision) {
		this.jdbc.sql("""
				insert into story_members (article_id, story_id) values (:article, :story)
				on conflict (article_id) do update set story_id = excluded.story_id""")
			.param("article", articleId)
			.param("story", storyId)
			.update();
		this.jdbc.sql("""
				insert into story_pins (article_id, story_id, decision) values (:article, :story, :decision)
				on conflict (article_id) do update set story_id = excluded.story_id, decision = excluded.decision,
				decided_at = now()""")
			.param("article", articleId)
			.param("story", storyId)
			.param("decision", decision)
			.update();
	}

	/** The story's articles, oldest first; a story that is not there is an error. */
	private List<Long> members(long storyId) {
		ref(storyId);
		return this.jdbc.sql("""
				select m.article_id from story_members m join articles a on a.id = m.article_id
				where m.story_id = :id order by a.published_start nulls last, a.id""")
			.param("id", storyId)
			.query(Long.class)
			.list();
	}

	private StoryRef ref(long storyId) {
		return this.jdbc.sql("select id, title from stories where id = :id")
			.param("id", storyId)
			.query((rs, n) -> new StoryRef(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new StoryNotFoundException(storyId));
	}

}
