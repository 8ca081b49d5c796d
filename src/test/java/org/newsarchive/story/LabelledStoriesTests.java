package org.newsarchive.story;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.Published;
import org.newsarchive.entity.EntityRecognizer;
import org.newsarchive.entity.Mention;
import org.newsarchive.entity.RecognisedEntity;
import org.newsarchive.entity.Recognition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of "same text" and "same story" on pairs of real articles labelled
 * by reading them ({@code story/labelled/NOTE.md}), as a floor: a change that makes them
 * worse fails the build.
 */
class LabelledStoriesTests {

	private static final Map<String, ArticleFeatures> features = new HashMap<>();

	private static final MemoryStoryStore store = new MemoryStoryStore();

	private static final List<LabelledPair> pairs = new ArrayList<>();

	@BeforeAll
	static void readTheLabelledSet() throws IOException {
		EntityRecognizer recognizer = new EntityRecognizer();
		Map<String, Long> entityIds = new HashMap<>();
		long id = 0;
		for (String line : lines("articles.tsv")) {
			String[] f = line.split("\t", -1);
			Published day = Published.statedDay(LocalDate.parse(f[2]), "labelled set");
			List<Block> body = List.of(Block.paragraph(f[4], "zh"));
			ParsedArticle parsed = new ParsedArticle(f[1], f[3], null, null, null, List.of(), day, null, List.of("zh"),
					null, body, List.of(), 0, List.of(), "labelled set");
			Recognition recognition = recognizer.recognise(parsed);
			List<EntityRef> entities = new ArrayList<>();
			for (Mention mention : recognition.mentions()) {
				RecognisedEntity entity = recognition.entity(mention.entityKey()).orElseThrow();
				entities
					.add(new EntityRef(entityIds.computeIfAbsent(mention.entityKey(), (key) -> (long) entityIds.size()),
							entity.canonicalName(), entity.type().name()));
			}
			ArticleFeatures article = ArticleFeatures.of(id++, f[1], day, f[3], null, null, body, entities);
			features.put(f[0], article);
			store.saveFeatures(article);
		}
		for (String line : lines("pairs.tsv")) {
			String[] f = line.split("\t", -1);
			pairs
				.add(new LabelledPair(pairs.size(), f[0], features.get(f[1]), features.get(f[2]), f[3].equals("same")));
		}
	}

	@Test
	void sameText() {
		Score score = score("text", StoryMatcher::sameText, (position) -> true);
		assertThat(score.pairs()).isEqualTo(60);
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void sameStory() {
		Score score = score("story", LabelledStoriesTests::sameStory, (position) -> true);
		assertThat(score.pairs()).isEqualTo(210);
		// Measured 0.909 and 0.842 (80 found, 8 false positives, 15 missed): the issue's
		// goal of 0.9 and 0.8, with little to spare (NOTE.md says what is left).
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.90);
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.84);
	}

	/**
	 * How many rare title words the decision asks for, below which cosine it asks for
	 * more, and below which one outlet's pieces of other days are two stories, were
	 * chosen on the story pairs at even positions of pairs.tsv (counting from 0, both
	 * kinds); these are the others.
	 */
	@Test
	void sameStoryOnThePairsNotTunedOn() {
		Score score = score("story", LabelledStoriesTests::sameStory, (position) -> position % 2 == 1);
		assertThat(score.pairs()).isEqualTo(105);
		// Measured 0.857 and 0.837 (36 found, 6 false positives, 7 missed): short of
		// the goal's precision on the half not tuned on.
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.85);
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.83);
	}

	/**
	 * Assignment compares an article only with those of its days sharing a rare word or
	 * name with it; here every labelled article is also compared with every article of
	 * its days, to count what that loses.
	 */
	@Test
	void comparingOnlyArticlesSharingARareWordOrNameLosesFewSameStories() {
		int sameStory = 0;
		int notCompared = 0;
		int otherDecision = 0;
		for (ArticleFeatures a : features.values()) {
			StoryPool.Window window = store.pool(a.firstDay().minusDays(StoryMatcher.WINDOW_DAYS),
					a.lastDay().plusDays(StoryMatcher.WINDOW_DAYS));
			List<ArticleFeatures> candidates = window.candidates(a);
			ArticleFeatures best = null;
			double bestSimilarity = 0;
			ArticleFeatures bestCompared = null;
			double bestComparedSimilarity = 0;
			for (ArticleFeatures b : window.members()) {
				StoryMatcher.Match match = (a == b) ? null : window.matcher().match(a, b);
				if (match == null || !match.sameStory()) {
					continue;
				}
				sameStory++;
				boolean compared = candidates.contains(b);
				notCompared += compared ? 0 : 1;
				if (best == null || match.similarity() > bestSimilarity) {
					best = b;
					bestSimilarity = match.similarity();
				}
				if (compared && (bestCompared == null || match.similarity() > bestComparedSimilarity)) {
					bestCompared = b;
					bestComparedSimilarity = match.similarity();
				}
			}
			otherDecision += (best != bestCompared) ? 1 : 0;
		}
		System.out.printf(
				"same story among the %d labelled articles: %d ordered pairs, %d not compared; "
						+ "%d articles joined to another article%n",
				features.size(), sameStory, notCompared, otherDecision);
		assertThat(sameStory).isEqualTo(1174);
		// Since the days, places and weak-cosine rules every same-story pair shares two
		// rare words or names (before them: 1,564 pairs, 4 of them not compared, and one
		// article joining its next most alike); one outlet's pieces of other days sharing
		// their subject only, and bylines left out of the names, took 1,192 to 1,186;
		// bigrams joining two common words of both titles and the lottery's words, to
		// 1,174.
		assertThat(notCompared).isZero();
		assertThat(otherDecision).isZero();
	}

	/**
	 * Assignment as the archive runs it (each labelled article in publication order,
	 * compared with the candidates of its days) decides as it did before it was made
	 * cheaper: for each article the same story, first appearance, article joined and
	 * similarity, to the last bit.
	 */
	@Test
	void assignmentDecidesAsMeasured() throws IOException {
		MemoryStoryStore assigned = new MemoryStoryStore();
		StoryAssigner assigner = new StoryAssigner(assigned);
		List<ArticleFeatures> inPublicationOrder = features.values()
			.stream()
			.sorted(Comparator.comparing(ArticleFeatures::firstDay).thenComparing(ArticleFeatures::articleId))
			.toList();
		for (ArticleFeatures article : inPublicationOrder) {
			assigned.saveFeatures(article);
			assigner.assign(article, (terms) -> List.of());
		}
		List<String> decisions = LongStream.range(0, features.size()).mapToObj((id) -> decision(assigned, id)).toList();
		Path written = Path.of("target", "story-decisions.tsv");
		Files.write(written, decisions, StandardCharsets.UTF_8);
		assertThat(decisions)
			.as("decisions written to %s: copy it over story/labelled/decisions.tsv only where the decision "
					+ "changed on purpose", written)
			.isEqualTo(lines("decisions.tsv"));
	}

	/**
	 * An article's place as assignment left it: id, story, first appearance of its text,
	 * the article it joined and how alike they were ({@code -} where it joined none).
	 */
	static String decision(MemoryStoryStore store, long articleId) {
		StoryStore.Placement placement = store.placement(articleId);
		return String.join("\t", String.valueOf(articleId), String.valueOf(store.storyOf(articleId)),
				String.valueOf(store.firstAppearance(articleId)),
				(placement != null) ? placement.joinedTo() + "\t" + placement.similarity() : "-");
	}

	/**
	 * As the assigner decides: one text is one story; otherwise the cosine of the days.
	 */
	private static boolean sameStory(ArticleFeatures a, ArticleFeatures b) {
		if (StoryMatcher.sameText(a, b)) {
			return true;
		}
		StoryMatcher matcher = store
			.pool(a.firstDay().minusDays(StoryMatcher.WINDOW_DAYS), a.lastDay().plusDays(StoryMatcher.WINDOW_DAYS))
			.matcher();
		StoryMatcher.Match match = matcher.match(a, b);
		return match != null && match.sameStory();
	}

	private static Score score(String kind, BiPredicate<ArticleFeatures, ArticleFeatures> same,
			IntPredicate positions) {
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		int counted = 0;
		for (LabelledPair pair : pairs) {
			if (!pair.kind().equals(kind) || !positions.test(pair.position())) {
				continue;
			}
			counted++;
			boolean found = same.test(pair.a(), pair.b());
			if (found && pair.same()) {
				truePositives++;
			}
			else if (found) {
				falsePositives++;
			}
			else if (pair.same()) {
				falseNegatives++;
			}
		}
		Score score = new Score(counted, truePositives / (double) (truePositives + falsePositives),
				truePositives / (double) (truePositives + falseNegatives));
		System.out.printf("%s: %d pairs, precision %.3f, recall %.3f (%d found, %d false, %d missed)%n", kind, counted,
				score.precision(), score.recall(), truePositives, falsePositives, falseNegatives);
		return score;
	}

	private static List<String> lines(String name) throws IOException {
		try (InputStream in = LabelledStoriesTests.class.getResourceAsStream("/story/labelled/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	private record LabelledPair(int position, String kind, ArticleFeatures a, ArticleFeatures b, boolean same) {

	}

	private record Score(int pairs, double precision, double recall) {

	}

}
