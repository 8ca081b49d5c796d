package org.newsarchive.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

import org.newsarchive.search.StoryLink;
import org.newsarchive.search.StoryMembership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells search which articles a story holds: the {@code story} filter and grouping. */
@Component
@Transactional(readOnly = true)
class StoryMembershipAdapter implements StoryMembership {

	private final JdbcClient jdbc;

	private final Stories stories;

	StoryMembershipAdapter(JdbcClient jdbc, Stories stories) {
		this.jdbc = jdbc;
		this.stories = stories;
	}

	@Override
	public Optional<Members> members(long storyId) {
		return this.jdbc.sql("select title from stories where id = :id")
			.param("id", storyId)
			.query(String.class)
			.optional()
			.map((title) -> new Members(title,
					new HashSet<>(this.jdbc.sql("select article_id from story_members where story_id = :id")
						.param("id", storyId)
						.query(Long.class)
						.list())));
	}

	@Override
	public Map<Long, StoryLink> storiesOf(Collection<Long> articleIds) {
		Map<Long, StoryLink> links = new HashMap<>();
		this.stories.storiesOf(articleIds).forEach((id, ref) -> links.put(id, new StoryLink(ref.id(), ref.title())));
		return links;
	}

}
