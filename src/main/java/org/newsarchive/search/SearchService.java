package org.newsarchive.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.source.Source;
import org.newsarchive.source.SourceCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Answers searches: runs the query on the index, then fills the hits and facet labels
 * from the database. A query that is a person's name also searches their other names. An
 * answer is kept for as long as the index it was read from is current (see
 * {@link AnswerCache}), but for the story links of its results, which the story module
 * changes without a write to the index and which are read again once the refresh interval
 * is over.
 */
@Service
public class SearchService {

	/** How many values of a facet a search shows. */
	public static final int FACET_SIZE = 10;

	/** How many a reader sees on asking for more. */
	public static final int MORE_FACET_SIZE = 200;

	/** How late a kept answer may show a source's new name. */
	private static final Duration ANSWER_LIFETIME = Duration.ofSeconds(30);

	private final SearchEngine search;

	private final ArticleQueries articles;

	private final SourceCatalog sources;

	private final ObjectProvider<NameExpansion> names;

	private final ObjectProvider<StoryMembership> stories;

	private final AnswerCache<Answer, SearchResponse> answers;

	/** How many queries, and entities, whose names are kept. */
	private static final int KEPT_NAMES = 10_000;

	private final KeptNames keptNames = new KeptNames(KEPT_NAMES, ANSWER_LIFETIME);

	/**
	 * Kept answers with their story links, each for at most the refresh interval: reading
	 * the links for every answer made every search wait on the database, whose cores an
	 * import's writes share (docs/benchmarks.md, "Search while an import runs, where the
	 * time goes"). Stories are assigned after the index is written, so they are late
	 * anyway; with these, a search's links are at most the interval later.
	 */
	private final Cache<Answer, Linked> linked;

	SearchService(SearchEngine search, ArticleQueries articles, SourceCatalog sources,
			ObjectProvider<NameExpansion> names, ObjectProvider<StoryMembership> stories,
			@Value("${archive.search.kept-answers:256}") int keptAnswers,
			@Value("${archive.index.refresh-interval:0s}") Duration refreshInterval) {
		this.answers = new AnswerCache<>(keptAnswers, ANSWER_LIFETIME, recomputing(refreshInterval, keptAnswers));
		this.linked = Caffeine.newBuilder()
			.maximumSize(Math.max(keptAnswers, 1))
			.expireAfterWrite(refreshInterval)
			.build();
		this.search = search;
		this.articles = articles;
		this.sources = sources;
		this.names = names;
		this.stories = stories;
	}

	/**
	 * Where kept answers are computed again for a new generation of the index: one thread
	 * beside the requests where readers may see writes late, so that no reader waits for
	 * them and the work they cost during an import takes at most one core; where readers
	 * see every write at once, by the first reader of the new generation. Past as many as
	 * can be kept, the reader computes it.
	 */
	private static Executor recomputing(Duration refreshInterval, int keptAnswers) {
		if (refreshInterval.isZero()) {
			return Runnable::run;
		}
		ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(keptAnswers, 1)),
				Thread.ofPlatform().name("search-answers").daemon().factory(),
				new ThreadPoolExecutor.CallerRunsPolicy());
		thread.allowCoreThreadTimeOut(true);
		return thread;
	}

	/**
	 * @throws InvalidQueryException with a readable message for a query that cannot run
	 */
	public SearchResponse search(SearchRequest request) {
		return search(request, null);
	}

	/**
	 * The search with every facet cut to its {@value #FACET_SIZE} most frequent values,
	 * but for one a reader asked to see more of ({@value #MORE_FACET_SIZE}). The months
	 * are whole: they are the chart.
	 * @param more the facet to show more of, or null
	 * @throws InvalidQueryException with a readable message for a query that cannot run
	 */
	public SearchResponse search(SearchRequest request, String more) {
		long started = System.nanoTime();
		// Grouping and the story filter read stories, which change without the index.
		OptionalLong generation = (request.story() == null && !request.groupedByStory()) ? this.search.generation()
				: OptionalLong.empty();
		SearchResponse shown;
		if (generation.isPresent()) {
			Answer key = new Answer(request, more);
			shown = linked(key, this.answers.get(key, generation.getAsLong(), () -> answer(request, more)));
		}
		else {
			shown = withStories(answer(request, more));
		}
		return new SearchResponse(shown.total(), shown.page(), shown.size(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), shown.items(), shown.facets(),
				shown.alsoSearched(), shown.moreFacets());
	}

	/** The kept answer with its story links, read again once the interval is over. */
	private SearchResponse linked(Answer key, SearchResponse answer) {
		Linked kept = this.linked.getIfPresent(key);
		if (kept != null && kept.answer() == answer) {
			return kept.withStories();
		}
		SearchResponse withStories = withStories(answer);
		this.linked.put(key, new Linked(answer, withStories));
		return withStories;
	}

	/**
	 * Makes the next search see every change written, as after an administrator's change:
	 * the index's writes and the stories' links alike.
	 */
	public void showEverythingWritten() {
		this.search.showEverythingWritten();
		this.answers.forgetAll();
		this.linked.invalidateAll();
	}

	/**
	 * The search read from the index and the database, its results without their stories.
	 */
	private SearchResponse answer(SearchRequest request, String more) {
		NameExpansion expansion = names();
		Words words = words(request, expansion);
		SearchQuery query = query(request, words);
		if (request.groupedByStory()) {
			return grouped(query, expansion, more, words);
		}
		SearchResult result = this.search.search(query);
		List<SearchResponse.Item> items = items(result.hits(), Map.of());
		Set<String> cut = new LinkedHashSet<>();
		return new SearchResponse(result.total(), result.page(), result.size(), result.tookMs(), items,
				facets(result.facets(), expansion, more, cut), words.alsoSearched(), List.copyOf(cut));
	}

	/**
	 * One page of a search's results without its facets, for a feed: it shows none, so
	 * their labels are not looked up.
	 * @throws InvalidQueryException with a readable message for a query that cannot run
	 */
	public List<SearchResponse.Item> pageOfItems(SearchRequest request) {
		Words words = words(request, names());
		return items(this.search.search(query(request, words)).hits(), Map.of());
	}

	/** The answer with the current story of each of its results. */
	private SearchResponse withStories(SearchResponse answer) {
		Map<Long, StoryLink> storyOf = this.stories.getIfAvailable(StoryMembership::none)
			.storiesOf(answer.items().stream().map(SearchResponse.Item::id).toList());
		List<SearchResponse.Item> items = answer.items()
			.stream()
			.map((item) -> new SearchResponse.Item(item.id(), item.title(), item.otherTitle(), item.source(),
					item.published(), item.snippet(), item.url(), item.language(), storyOf.get(item.id()),
					item.moreInStory()))
			.toList();
		return new SearchResponse(answer.total(), answer.page(), answer.size(), answer.tookMs(), items, answer.facets(),
				answer.alsoSearched(), answer.moreFacets());
	}

	/**
	 * One result per story among the first {@value SearchQuery#MAX_DEPTH} matches, the
	 * best of each, with how many more of its story come from other outlets; articles in
	 * no story stand alone. The total counts the groups; the facets count articles.
	 */
	private SearchResponse grouped(SearchQuery query, NameExpansion expansion, String more, Words words) {
		long started = System.nanoTime();
		SearchResult counts = this.search.search(query.withPage(1, 1));
		List<Long> ids = this.search.matchingIds(query);
		List<Long> considered = ids.subList(0, Math.min(ids.size(), SearchQuery.MAX_DEPTH));
		Map<Long, StoryLink> storyOf = this.stories.getIfAvailable(StoryMembership::none).storiesOf(considered);
		Map<Object, List<Long>> groups = new LinkedHashMap<>();
		for (Long id : considered) {
			StoryLink story = storyOf.get(id);
			groups.computeIfAbsent((story != null) ? (Object) story : id, (key) -> new ArrayList<>()).add(id);
		}
		List<List<Long>> onPage = groups.values()
			.stream()
			.skip((long) (query.page() - 1) * query.size())
			.limit(query.size())
			.toList();
		Map<Long, Integer> moreFromOthers = moreFromOtherOutlets(onPage);
		List<SearchResult.Hit> hits = List.of();
		if (!onPage.isEmpty()) {
			List<Long> best = onPage.stream().map(List::getFirst).toList();
			Map<Long, SearchResult.Hit> found = this.search
				.search(query.withArticleIds(Set.copyOf(best)).withPage(1, best.size()))
				.hits()
				.stream()
				.collect(Collectors.toMap(SearchResult.Hit::id, Function.identity()));
			hits = best.stream().map(found::get).filter(Objects::nonNull).toList();
		}
		Set<String> cut = new LinkedHashSet<>();
		long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		return new SearchResponse(groups.size(), query.page(), query.size(), tookMs, items(hits, moreFromOthers),
				facets(counts.facets(), expansion, more, cut), words.alsoSearched(), List.copyOf(cut));
	}

	/** For each group's first article, how many of the others come from other outlets. */
	private Map<Long, Integer> moreFromOtherOutlets(List<List<Long>> groups) {
		Map<Long, String> outlet = this.articles.summaries(groups.stream().flatMap(List::stream).toList())
			.stream()
			.collect(Collectors.toMap(ArticleSummary::id, (a) -> a.source().slug()));
		Map<Long, Integer> more = new LinkedHashMap<>();
		for (List<Long> group : groups) {
			String own = outlet.get(group.getFirst());
			more.put(group.getFirst(),
					(int) group.stream().skip(1).filter((id) -> !Objects.equals(outlet.get(id), own)).count());
		}
		return more;
	}

	private List<SearchResponse.Item> items(List<SearchResult.Hit> hits, Map<Long, Integer> moreInStory) {
		List<ArticleSummary> found = this.articles.summaries(hits.stream().map(SearchResult.Hit::id).toList());
		Map<Long, String> snippets = hits.stream()
			.collect(Collectors.toMap(SearchResult.Hit::id, SearchResult.Hit::snippet));
		return found.stream()
			.map((a) -> new SearchResponse.Item(a.id(), a.title(), a.otherTitle(), a.source(), a.published(),
					snippets.get(a.id()), a.url(), a.language(), null, moreInStory.getOrDefault(a.id(), 0)))
			.toList();
	}

	/**
	 * The query of a request: its words, and the articles of the story it is filtered by.
	 * @throws InvalidQueryException for a story that does not exist
	 */
	private SearchQuery query(SearchRequest request, Words words) {
		if (request.story() == null) {
			return request.toQuery(words.effective(), null);
		}
		StoryMembership.Members story = this.stories.getIfAvailable(StoryMembership::none)
			.members(request.story())
			.orElseThrow(() -> new InvalidQueryException("No story has the id " + request.story() + "."));
		return request.toQuery(words.effective(), story.articleIds());
	}

	/** The title of the story a search is filtered by, for its filter chip, or null. */
	public String storyTitle(Long storyId) {
		return (storyId != null) ? this.stories.getIfAvailable(StoryMembership::none)
			.members(storyId)
			.map(StoryMembership.Members::title)
			.orElse(null) : null;
	}

	/**
	 * The ids of every article the search finds, in its order, not just one page.
	 * @throws InvalidQueryException with a readable message for a query that cannot run
	 */
	public List<Long> matchingIds(SearchRequest request) {
		Words words = words(request, names());
		return this.search.matchingIds(query(request, words));
	}

	/**
	 * The names of people as of the current index, kept with it: they change only with
	 * the articles that name them, which are indexed again when they do.
	 */
	private NameExpansion names() {
		NameExpansion names = this.names.getIfAvailable(NameExpansion::none);
		OptionalLong generation = this.search.generation();
		return generation.isPresent() ? this.keptNames.of(names, generation.getAsLong()) : names;
	}

	private static Words words(SearchRequest request, NameExpansion expansion) {
		String text = (request.q() != null) ? request.q().strip() : "";
		Optional<NameExpansion.NamedEntity> named = text.isEmpty() ? Optional.empty() : expansion.entityNamed(text);
		List<String> alsoSearched = named
			.map((entity) -> entity.names().stream().filter((name) -> !name.equalsIgnoreCase(text)).toList())
			.orElse(List.of());
		String effective = alsoSearched.isEmpty() ? text
				: String.join(" OR ", named.get().names().stream().map((name) -> "\"" + name + "\"").toList());
		return new Words(effective, alsoSearched);
	}

	/**
	 * The words of a query a reader would expect to see marked in a result: its words and
	 * phrases, not the excluded ones, and every name of a person it names.
	 */
	public List<String> termsToMark(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		List<String> terms = new ArrayList<>();
		Matcher words = Pattern.compile("(-?)\"([^\"]+)\"|(-?)([^\\s\"]+)").matcher(query);
		while (words.find()) {
			boolean excluded = "-".equals(words.group(1)) || "-".equals(words.group(3));
			String word = (words.group(2) != null) ? words.group(2) : words.group(4).replaceAll("[*?()+]", "");
			if (!excluded && !word.isBlank() && !List.of("AND", "OR", "NOT").contains(word)) {
				terms.add(word);
			}
		}
		names().entityNamed(query.strip()).ifPresent((person) -> terms.addAll(person.names()));
		return terms;
	}

	/**
	 * Every source's name by its slug, for filter chips and facets, from the sources the
	 * catalogue keeps.
	 */
	public Map<String, String> sourceNames() {
		return this.sources.all().stream().collect(Collectors.toMap(Source::getSlug, Source::getName));
	}

	/** The names of the people a search is filtered by, for its filter chips. */
	public Map<Long, String> personNames(Set<Long> ids) {
		NameExpansion expansion = names();
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, NameExpansion.NamedEntity> known = expansion.entities(ids);
		ids.forEach((id) -> names.put(id, known.containsKey(id) ? known.get(id).name() : "#" + id));
		return names;
	}

	/**
	 * The facets labelled, each cut to the values it shows.
	 * @param cut where to note the facets that have more values than they show
	 */
	private Map<String, List<SearchResponse.Facet>> facets(SearchResult.Facets facets, NameExpansion expansion,
			String more, Set<String> cut) {
		Map<String, String> sourceNames = sourceNames();
		Map<String, List<SearchResponse.Facet>> all = new LinkedHashMap<>();
		all.put("source", labelled(top(facets.source(), limit("source", more), "source", cut),
				(key) -> sourceNames.getOrDefault(key, key)));
		all.put("person", people(facets.person(), expansion, limit("person", more), cut));
		all.put("month", labelled(facets.month(), Function.identity()));
		all.put("language", labelled(top(facets.language(), limit("language", more), "language", cut),
				SearchService::languageName));
		return all;
	}

	private static int limit(String facet, String more) {
		return facet.equals(more) ? MORE_FACET_SIZE : FACET_SIZE;
	}

	private static List<SearchResult.FacetCount> top(List<SearchResult.FacetCount> counts, int limit, String facet,
			Set<String> cut) {
		if (counts.size() <= limit) {
			return counts;
		}
		cut.add(facet);
		return counts.subList(0, limit);
	}

	/**
	 * The people among the most frequent entities, looked up a few at a time until there
	 * are enough (organisations and places are counted too, and left out here), so that a
	 * search naming thousands never loads them all.
	 */
	private static List<SearchResponse.Facet> people(List<SearchResult.FacetCount> counts, NameExpansion expansion,
			int limit, Set<String> cut) {
		List<SearchResponse.Facet> people = new ArrayList<>();
		int chunk = 2 * (limit + 1);
		for (int start = 0; start < counts.size() && people.size() <= limit; start += chunk) {
			List<SearchResult.FacetCount> candidates = counts.subList(start, Math.min(start + chunk, counts.size()));
			Map<Long, NameExpansion.NamedEntity> named = expansion
				.entities(candidates.stream().map((c) -> Long.valueOf(c.key())).toList());
			for (SearchResult.FacetCount candidate : candidates) {
				NameExpansion.NamedEntity entity = named.get(Long.valueOf(candidate.key()));
				if (entity != null && entity.person() && people.size() <= limit) {
					people.add(new SearchResponse.Facet(candidate.key(), entity.name(), candidate.count()));
				}
			}
		}
		if (people.size() > limit) {
			cut.add("person");
			return people.subList(0, limit);
		}
		return people;
	}

	private static List<SearchResponse.Facet> labelled(List<SearchResult.FacetCount> counts,
			Function<String, String> label) {
		return counts.stream().map((c) -> new SearchResponse.Facet(c.key(), label.apply(c.key()), c.count())).toList();
	}

	static String languageName(String tag) {
		return switch (tag.toLowerCase(Locale.ROOT)) {
			case "zh-hans" -> "中文（简体）";
			case "zh-hant" -> "中文（繁體）";
			case "en" -> "English";
			default -> tag;
		};
	}

	/** The words actually searched, and the other names of a person the query named. */
	private record Words(String effective, List<String> alsoSearched) {

	}

	/** A kept answer and the same with the story links read for it. */
	private record Linked(SearchResponse answer, SearchResponse withStories) {

	}

	/** What an answer is kept under: the request and the facet shown whole. */
	private record Answer(SearchRequest request, String more) {

	}

}
