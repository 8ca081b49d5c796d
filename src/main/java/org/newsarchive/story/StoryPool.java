package org.newsarchive.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The articles of the windows of days that story assignment recently looked at, counted
 * as {@link StoryMatcher} weighs them and kept up to date as articles arrive, change and
 * leave, so that assigning an article costs about the same in a dense week as in an empty
 * one: counting a window's articles again for each article made assignment quadratic.
 */
final class StoryPool {

	/**
	 * A term or name of at most this many of a window's articles is rare: only articles
	 * sharing rare ones with an article are compared with it. What that loses against
	 * comparing with every article of the window is measured in
	 * {@code LabelledStoriesTests} and {@code docs/benchmarks.md}.
	 */
	static final int RARE = 40;

	/**
	 * The articles using a term or name are listed while at most this many do, more than
	 * are rare: a window moved a day on makes many words rare again, and where their
	 * articles were not listed it had to be counted afresh.
	 */
	static final int LISTED = 4 * RARE;

	/**
	 * Rare terms or names two articles must share to be compared: in a dense week two
	 * reports share one rare Han bigram by chance more often than not.
	 */
	static final int SHARED = 2;

	/** Windows kept: an import in publication order looks at one or two at a time. */
	private static final int WINDOWS = 8;

	/**
	 * Changes a window keeps for when it is next looked at, at least; beyond that and its
	 * size it is counted afresh.
	 */
	private static final int PENDING = 1_000;

	/**
	 * Articles the windows kept hold in all, beyond the window in use: eight windows of a
	 * dense fortnight (3,600 articles each) were 200 MB of live heap and a run of full
	 * collections (docs/benchmarks.md, "What stories and people cost an import").
	 */
	private static final int MEMBERS = 10_000;

	private final int membersKept;

	private long windowsCounted;

	private long windowsMoved;

	private final Map<Days, Window> windows = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Days, Window> eldest) {
			return size() > WINDOWS;
		}

	};

	StoryPool() {
		this(MEMBERS);
	}

	/**
	 * @param membersKept articles the windows kept hold in all, beyond the one in use
	 */
	StoryPool(int membersKept) {
		this.membersKept = membersKept;
	}

	/**
	 * The articles that may fall between two days, both included.
	 * @param articles read on first use or when the window can no longer be kept up to
	 * date
	 */
	Window window(LocalDate from, LocalDate to, Supplier<Collection<ArticleFeatures>> articles) {
		Days days = new Days(from, to);
		Window window = this.windows.get(days);
		if (window != null) {
			window.catchUp();
		}
		if (window == null || !window.complete) {
			Collection<ArticleFeatures> ofTheDays = articles.get();
			window = (window == null) ? moved(days, ofTheDays) : null;
			if (window == null) {
				window = new Window(days, ofTheDays);
				this.windowsCounted++;
			}
			this.windows.put(days, window);
			keepWithinMembers();
		}
		return window;
	}

	/**
	 * The window used last of as many days, moved to the given days where it shares most
	 * of them: the articles of the days it no longer holds leave it and those of the new
	 * days join, as when they arrive, so that the counts are those of counting the new
	 * days afresh at the cost of a day's articles. In publication order each day asks for
	 * the days around it, and counting those afresh each day was a third of the story
	 * thread's time and nearly half of its allocation (docs/benchmarks.md, "The story
	 * thread's matching and windows").
	 * @return the window moved, or null where none could be
	 */
	private Window moved(Days days, Collection<ArticleFeatures> articles) {
		// The most recently used of as many days: an article dated to the month asks for
		// wider days than its neighbours dated to the day, and moving one window between
		// the two kinds moved most of its articles each time.
		Window last = null;
		for (Window window : this.windows.values()) {
			if (window.days.length() == days.length() && window.days.shareMostOf(days)) {
				last = window;
			}
		}
		if (last == null) {
			return null;
		}
		last.catchUp();
		if (!last.complete) {
			return null;
		}
		this.windows.remove(last.days);
		last.moveTo(days, articles);
		if (!last.complete) {
			// A word its articles leaving made listed again (see LISTED).
			return null;
		}
		this.windowsMoved++;
		return last;
	}

	/** Lets go of the least recently used windows beyond the articles kept. */
	private void keepWithinMembers() {
		List<Window> newestFirst = new ArrayList<>(this.windows.values()).reversed();
		int members = 0;
		for (Window window : newestFirst.subList(1, newestFirst.size())) {
			members += window.members.size();
			if (members > this.membersKept) {
				this.windows.remove(window.days);
			}
		}
	}

	/**
	 * An article's features as a window kept holds them, brought up to date, or null
	 * where none does.
	 */
	ArticleFeatures held(long articleId) {
		for (Window window : this.windows.values()) {
			window.catchUp();
			Member member = window.members.get(articleId);
			if (member != null && window.current) {
				return member.article;
			}
		}
		return null;
	}

	/**
	 * How many windows were read and counted whole: most of the story thread's work where
	 * the articles' days jump.
	 */
	long windowsCounted() {
		return this.windowsCounted;
	}

	/** How many windows were moved to the days asked for rather than counted afresh. */
	long windowsMoved() {
		return this.windowsMoved;
	}

	/**
	 * An article stored or changed: in every window its days fall in, out of the others,
	 * once the window is next looked at.
	 */
	void put(ArticleFeatures article) {
		for (Window window : this.windows.values()) {
			window.later(new Change(article.articleId(), article));
		}
	}

	/** An article gone. */
	void remove(long articleId) {
		for (Window window : this.windows.values()) {
			window.later(new Change(articleId, null));
		}
	}

	void clear() {
		this.windows.clear();
	}

	/**
	 * @param from null for a window holding whatever it is given
	 */
	private record Days(LocalDate from, LocalDate to) {

		boolean hold(ArticleFeatures article) {
			return article.firstDay() != null && (this.from == null
					|| !article.firstDay().isAfter(this.to) && !article.lastDay().isBefore(this.from));
		}

		/** Whether these days include more than half of the other days. */
		boolean shareMostOf(Days other) {
			if (this.from == null || other.from == null) {
				return false;
			}
			LocalDate first = this.from.isAfter(other.from) ? this.from : other.from;
			LocalDate last = this.to.isBefore(other.to) ? this.to : other.to;
			return 2 * (ChronoUnit.DAYS.between(first, last) + 1) > other.length();
		}

		/** How many days, 0 for a window holding whatever it is given. */
		long length() {
			return (this.from != null) ? ChronoUnit.DAYS.between(this.from, this.to) + 1 : 0;
		}

	}

	/**
	 * The articles of some days: how many use each term and name, and which use each rare
	 * one.
	 */
	static final class Window {

		private Days days;

		private final Map<Long, Member> members = new HashMap<>();

		private final Map<String, Count> terms = new HashMap<>();

		private final Map<Long, Count> names = new HashMap<>();

		/**
		 * False once a term or name became listed again by an article leaving (see
		 * {@link #LISTED}): the articles using it were no longer listed, and the window
		 * must be counted afresh.
		 */
		private boolean complete = true;

		/**
		 * False once changes were dropped for counting afresh: its members may be out of
		 * date.
		 */
		private boolean current = true;

		private StoryMatcher matcher;

		/**
		 * Matchers made for the window: each weighs its counts under a number of its own.
		 */
		private long matchersMade;

		/**
		 * The held article whose counts carry {@link #mark}, or null: the member, not the
		 * article, as an article stored again holds counts made anew.
		 */
		private Member marked;

		private long mark;

		/**
		 * Articles stored, changed or gone since the window was last looked at, in order:
		 * an import in publication order looks at one window at a time, and counting each
		 * arrival at once in all the windows kept, most of which are not looked at again,
		 * was an eighth of the story thread's time.
		 */
		private final List<Change> pending = new ArrayList<>();

		private Window(Days days, Collection<ArticleFeatures> articles) {
			this.days = days;
			articles.forEach(this::add);
		}

		/**
		 * All the given articles as one window, as the matcher's tests and measurements
		 * pool them.
		 */
		static Window of(Collection<ArticleFeatures> articles) {
			return new Window(new Days(null, null), articles);
		}

		int size() {
			catchUp();
			return this.members.size();
		}

		/** How many of the window's articles use the term. */
		int using(String term) {
			catchUp();
			Count count = this.terms.get(term);
			return (count != null) ? count.articles : 0;
		}

		/** How many of the window's articles name the entity. */
		int naming(long entityId) {
			catchUp();
			Count count = this.names.get(entityId);
			return (count != null) ? count.articles : 0;
		}

		/**
		 * The counts of an article's terms, title terms and names: those the window keeps
		 * up to date where it holds this very article, else looked up once.
		 */
		Member counted(ArticleFeatures article) {
			Member member = held(article);
			if (member != null) {
				return member;
			}
			return new Member(article, lookUp(this.terms, article.terms(), Count::ofTerm),
					lookUp(this.terms, article.titleTerms(), Count::ofTerm),
					lookUp(this.names, Arrays.stream(article.entityIds()).boxed().toArray(Long[]::new), Count::ofName));
		}

		/**
		 * This very article as the window holds it, with its counts, or null where it
		 * holds another revision or none.
		 */
		Member held(ArticleFeatures article) {
			catchUp();
			Member member = this.members.get(article.articleId());
			return (member != null && member.article == article) ? member : null;
		}

		/**
		 * The matcher weighing by this window as it is now; the same one (with the norms
		 * it computed) until an article arrives, changes or leaves.
		 */
		StoryMatcher matcher() {
			catchUp();
			if (this.matcher == null) {
				this.matcher = new StoryMatcher(this, ++this.matchersMade);
			}
			return this.matcher;
		}

		/**
		 * Marks the counts of a held article's terms and title terms (see
		 * {@link Count#termMark}), unless they carry its mark already: an article is
		 * compared with all its candidates in a row.
		 * @return the mark
		 */
		long mark(Member article) {
			if (this.marked != article) {
				this.mark++;
				for (Count count : article.terms) {
					count.termMark = this.mark;
				}
				for (Count count : article.titleTerms) {
					count.titleTermMark = this.mark;
				}
				this.marked = article;
			}
			return this.mark;
		}

		/**
		 * The other articles of the window sharing at least {@link #SHARED} rare terms or
		 * names with the given one, by ascending id.
		 */
		List<ArticleFeatures> candidates(ArticleFeatures article) {
			return candidates(article, SHARED);
		}

		/**
		 * The other articles sharing at least so many rare terms or names, by ascending
		 * id.
		 */
		List<ArticleFeatures> candidates(ArticleFeatures article, int shared) {
			catchUp();
			// The ids of every rare term's and name's articles, sorted, counted by runs:
			// counting them in a map boxed each id and was most of finding candidates.
			long[] ids = new long[64];
			int found = 0;
			for (String term : article.terms()) {
				Count count = this.terms.get(term);
				List<ArticleFeatures> using = (count != null) ? count.rare() : null;
				if (using != null) {
					ids = withRoom(ids, found + using.size());
					for (ArticleFeatures other : using) {
						ids[found++] = other.articleId();
					}
				}
			}
			for (long id : article.entityIds()) {
				Count count = this.names.get(id);
				List<ArticleFeatures> naming = (count != null) ? count.rare() : null;
				if (naming != null) {
					ids = withRoom(ids, found + naming.size());
					for (ArticleFeatures other : naming) {
						ids[found++] = other.articleId();
					}
				}
			}
			Arrays.sort(ids, 0, found);
			List<ArticleFeatures> candidates = new ArrayList<>();
			for (int run = 0; run < found;) {
				int end = run + 1;
				while (end < found && ids[end] == ids[run]) {
					end++;
				}
				if (end - run >= shared && ids[run] != article.articleId()) {
					candidates.add(this.members.get(ids[run]).article);
				}
				run = end;
			}
			return candidates;
		}

		private static long[] withRoom(long[] ids, int size) {
			return (size <= ids.length) ? ids : Arrays.copyOf(ids, Math.max(size, 2 * ids.length));
		}

		private void later(Change change) {
			if (!this.complete) {
				return;
			}
			this.pending.add(change);
			if (this.pending.size() > Math.max(this.members.size(), PENDING)) {
				// Counting the window afresh when it is next looked at costs no more.
				this.complete = false;
				this.current = false;
				this.pending.clear();
			}
		}

		/**
		 * Applies the changes waiting, so that whoever holds the window sees every change
		 * made until now, as when each was counted at once.
		 */
		private void catchUp() {
			if (this.pending.isEmpty()) {
				return;
			}
			for (Change change : this.pending) {
				remove(change.articleId());
				if (change.article() != null) {
					add(change.article());
				}
			}
			this.pending.clear();
		}

		/** Every article of the window by ascending id. */
		List<ArticleFeatures> members() {
			catchUp();
			return new TreeMap<>(this.members).values().stream().map((member) -> member.article).toList();
		}

		/**
		 * The window as of other days: its articles not among the given ones leave, the
		 * given ones it lacks join. The window is up to date, so those it holds already
		 * are as given.
		 * @param articles every article of the new days
		 */
		private void moveTo(Days days, Collection<ArticleFeatures> articles) {
			this.days = days;
			Set<Long> staying = new HashSet<>();
			for (ArticleFeatures article : articles) {
				staying.add(article.articleId());
			}
			for (Long id : new ArrayList<>(this.members.keySet())) {
				if (!staying.contains(id)) {
					remove(id);
				}
			}
			for (ArticleFeatures article : articles) {
				if (!this.members.containsKey(article.articleId())) {
					add(article);
				}
			}
		}

		private void add(ArticleFeatures article) {
			if (!this.days.hold(article)) {
				return;
			}
			this.matcher = null;
			Count[] termCounts = hold(this.terms, article.terms(), Count::ofTerm);
			Count[] titleTermCounts = hold(this.terms, article.titleTerms(), Count::ofTerm);
			Long[] entityIds = Arrays.stream(article.entityIds()).boxed().toArray(Long[]::new);
			Count[] nameCounts = hold(this.names, entityIds, Count::ofName);
			this.members.put(article.articleId(), new Member(article, termCounts, titleTermCounts, nameCounts));
			for (Count count : termCounts) {
				count(count, article);
			}
			for (Count count : nameCounts) {
				count(count, article);
			}
		}

		private void remove(long articleId) {
			Member member = this.members.remove(articleId);
			if (member == null) {
				return;
			}
			this.matcher = null;
			ArticleFeatures article = member.article;
			for (Count count : member.terms) {
				uncount(count, article);
			}
			for (Count count : member.names) {
				uncount(count, article);
			}
			release(this.terms, article.terms(), member.terms);
			release(this.terms, article.titleTerms(), member.titleTerms);
			release(this.names, Arrays.stream(article.entityIds()).boxed().toArray(Long[]::new), member.names);
		}

		/** The counts of the keys, made where new, each held once more. */
		private static <K> Count[] hold(Map<K, Count> counts, K[] keys, Function<K, Count> made) {
			Count[] held = new Count[keys.length];
			for (int i = 0; i < keys.length; i++) {
				held[i] = counts.computeIfAbsent(keys[i], made);
				held[i].holders++;
			}
			return held;
		}

		/** Lets go of the counts; one no article holds any more is forgotten. */
		private static <K> void release(Map<K, Count> counts, K[] keys, Count[] held) {
			for (int i = 0; i < keys.length; i++) {
				if (--held[i].holders == 0) {
					counts.remove(keys[i]);
				}
			}
		}

		private static <K> Count[] lookUp(Map<K, Count> counts, K[] keys, Function<K, Count> made) {
			Count[] found = new Count[keys.length];
			for (int i = 0; i < keys.length; i++) {
				Count count = counts.get(keys[i]);
				found[i] = (count != null) ? count : made.apply(keys[i]);
			}
			return found;
		}

		private static void count(Count count, ArticleFeatures article) {
			int articles = ++count.articles;
			if (articles <= LISTED) {
				if (count.listed == null) {
					count.listed = new ArrayList<>();
				}
				count.listed.add(article);
			}
			else if (articles == LISTED + 1) {
				count.listed = null;
			}
		}

		private void uncount(Count count, ArticleFeatures article) {
			int articles = --count.articles;
			if (articles < LISTED) {
				if (count.listed != null) {
					count.listed.removeIf((other) -> other.articleId() == article.articleId());
				}
			}
			else if (articles == LISTED) {
				this.complete = false;
			}
		}

	}

	/**
	 * How many of a window's articles use a term (or name an entity), and how many of
	 * news at large do ({@link TermFrequencies}): one object shared by the window's
	 * articles holding the term, so that weighing an article's words as the window
	 * changes reads no map. Weighing each candidate's 400-odd words through two maps was
	 * most of assignment's time.
	 */
	static final class Count {

		private final int corpus;

		private int articles;

		/** The window's articles holding it among their terms or title terms. */
		private int holders;

		/**
		 * The window's articles using it while {@value StoryPool#LISTED} at most do, else
		 * null: kept here rather than in a map of its own, which cost a second look-up of
		 * each term of each article arriving and leaving.
		 */
		private List<ArticleFeatures> listed;

		/** The window's articles using it where it is rare, else null. */
		private List<ArticleFeatures> rare() {
			return (this.articles <= RARE) ? this.listed : null;
		}

		/**
		 * Which matcher's article uses it among its terms, and among its title terms
		 * ({@link StoryMatcher}'s marks): a candidate's words in common are those whose
		 * counts carry the mark, read from the counts it holds anyway instead of merging
		 * two sorted lists of words (most of assignment's time).
		 */
		long termMark;

		long titleTermMark;

		/** The weight a matcher gave it, and which matcher: weighed once a matcher. */
		long weighedBy;

		double weight;

		private Count(int corpus) {
			this.corpus = corpus;
		}

		private static Count ofTerm(String term) {
			return new Count(TermFrequencies.corpus().count(term));
		}

		private static Count ofName(Long entityId) {
			return new Count(0);
		}

		/** How many of the window's articles use the term or name the entity. */
		int articles() {
			return this.articles;
		}

		/** How many articles of news at large use the term; 0 for an entity. */
		int corpus() {
			return this.corpus;
		}

	}

	/**
	 * An article stored or changed, or gone where null.
	 */
	private record Change(long articleId, ArticleFeatures article) {

	}

	/**
	 * An article of a window with the counts of its terms, title terms and entities, in
	 * the order of its features.
	 */
	record Member(ArticleFeatures article, Count[] terms, Count[] titleTerms, Count[] names) {

	}

}
