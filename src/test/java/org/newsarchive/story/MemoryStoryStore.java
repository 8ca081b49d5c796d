package org.newsarchive.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Stories in memory, for measuring assignment without a database. */
class MemoryStoryStore implements StoryStore {

	private final Map<Long, ArticleFeatures> features = new LinkedHashMap<>();

	private final TreeMap<LocalDate, List<ArticleFeatures>> byFirstDay = new TreeMap<>();

	private final Map<Long, List<Long>> bands = new HashMap<>();

	private final Map<Long, Membership> members = new HashMap<>();

	private final Map<Long, Placement> placements = new HashMap<>();

	/**
	 * The longest span of days an article's date covers, to find those that may overlap.
	 */
	private long longestSpan;

	private long nextStory = 1;

	/** Articles read by date, as the archive reads them from PostgreSQL. */
	private long articlesRead;

	private final StoryPool pool = new StoryPool();

	@Override
	public void saveFeatures(ArticleFeatures article) {
		ArticleFeatures before = this.features.put(article.articleId(), article);
		if (before != null) {
			if (before.firstDay() != null) {
				this.byFirstDay.get(before.firstDay()).removeIf((a) -> a.articleId() == article.articleId());
			}
			for (long band : MinHash.bands(before.signature())) {
				this.bands.get(band).remove(article.articleId());
			}
		}
		this.pool.put(article);
		if (article.firstDay() != null) {
			this.byFirstDay.computeIfAbsent(article.firstDay(), (day) -> new ArrayList<>()).add(article);
			this.longestSpan = Math.max(this.longestSpan,
					article.lastDay().toEpochDay() - article.firstDay().toEpochDay());
		}
		for (long band : MinHash.bands(article.signature())) {
			this.bands.computeIfAbsent(band, (b) -> new ArrayList<>()).add(article.articleId());
		}
	}

	/** Takes an article out of the archive, as deleting it does. */
	void delete(long articleId) {
		ArticleFeatures article = this.features.remove(articleId);
		if (article.firstDay() != null) {
			this.byFirstDay.get(article.firstDay()).removeIf((a) -> a.articleId() == articleId);
		}
		for (long band : MinHash.bands(article.signature())) {
			this.bands.get(band).remove(articleId);
		}
		this.pool.remove(articleId);
		leave(articleId);
	}

	@Override
	public StoryPool.Window pool(LocalDate from, LocalDate to) {
		return this.pool.window(from, to, () -> datedBetween(from, to));
	}

	List<ArticleFeatures> datedBetween(LocalDate from, LocalDate to) {
		List<ArticleFeatures> dated = new ArrayList<>();
		this.byFirstDay.subMap(from.minusDays(this.longestSpan), true, to, true)
			.values()
			.forEach((day) -> day.stream().filter((a) -> !a.lastDay().isBefore(from)).forEach(dated::add));
		this.articlesRead += dated.size();
		return dated;
	}

	@Override
	public List<ArticleFeatures> copiesOf(ArticleFeatures article) {
		Set<Long> ids = new TreeSet<>();
		for (long band : MinHash.bands(article.signature())) {
			ids.addAll(this.bands.getOrDefault(band, List.of()));
		}
		ids.remove(article.articleId());
		return ids.stream().map(this.features::get).filter((other) -> StoryMatcher.sameText(article, other)).toList();
	}

	@Override
	public boolean publishedBefore(long articleId, long otherId) {
		LocalDate day = this.features.get(articleId).firstDay();
		LocalDate otherDay = this.features.get(otherId).firstDay();
		if (!Objects.equals(day, otherDay)) {
			return otherDay == null || day != null && day.isBefore(otherDay);
		}
		return articleId < otherId;
	}

	@Override
	public void refold(long firstAppearance, long newFirstAppearance) {
		this.members.replaceAll((articleId,
				membership) -> (articleId != newFirstAppearance
						&& (articleId == firstAppearance || Objects.equals(membership.duplicateOf(), firstAppearance)))
								? new Membership(membership.storyId(), newFirstAppearance, membership.pinned())
								: membership);
	}

	@Override
	public Membership membership(long articleId) {
		return this.members.get(articleId);
	}

	@Override
	public long createStory(long firstArticleId) {
		long story = this.nextStory++;
		this.members.put(firstArticleId, new Membership(story, null, false));
		return story;
	}

	@Override
	public void join(long storyId, Placement placement) {
		this.members.put(placement.articleId(), new Membership(storyId, placement.duplicateOf(), false));
		this.placements.put(placement.articleId(), placement);
	}

	@Override
	public void leave(long articleId) {
		this.members.remove(articleId);
		this.placements.remove(articleId);
	}

	/** Windows of days counted afresh, and moved to other days (see StoryPool). */
	String windows() {
		return this.pool.windowsCounted() + " counted, " + this.pool.windowsMoved() + " moved";
	}

	long articlesRead() {
		return this.articlesRead;
	}

	Long storyOf(long articleId) {
		Membership membership = this.members.get(articleId);
		return (membership != null) ? membership.storyId() : null;
	}

	/** The first appearance of an article's text, or the article itself. */
	long firstAppearance(long articleId) {
		Membership membership = this.members.get(articleId);
		return (membership != null && membership.duplicateOf() != null) ? membership.duplicateOf() : articleId;
	}

	Placement placement(long articleId) {
		return this.placements.get(articleId);
	}

	/**
	 * The articles from one to another through the joins that put them in their story,
	 * both ends included; empty where they are in no story together.
	 */
	List<Long> joinsBetween(long articleId, long otherId) {
		List<Long> up = joinedUpFrom(articleId);
		List<Long> down = joinedUpFrom(otherId);
		for (int i = 0; i < up.size(); i++) {
			int meeting = down.indexOf(up.get(i));
			if (meeting >= 0) {
				List<Long> path = new ArrayList<>(up.subList(0, i + 1));
				path.addAll(down.subList(0, meeting).reversed());
				return path;
			}
		}
		return List.of();
	}

	/** The article, the one it joined, the one that one joined, and so on. */
	private List<Long> joinedUpFrom(long articleId) {
		List<Long> chain = new ArrayList<>();
		Long at = articleId;
		while (at != null && !chain.contains(at)) {
			chain.add(at);
			Placement placement = this.placements.get(at);
			at = (placement != null) ? placement.joinedTo() : null;
		}
		return chain;
	}

}
