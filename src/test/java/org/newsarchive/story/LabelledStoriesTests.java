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
import java.util.stream.Stream;

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
import org.newsarchive.text.ChineseScript;

import com.ibm.icu.text.Transliterator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Precision and recall of "same text" and "same story" on pairs of real articles labelled
 * by reading them ({@code story/labelled/NOTE.md}), as a floor: a change that makes them
 * worse fails the build. Eight sets: the one the rules were tuned on, one picked and
 * labelled after it (held out until one threshold was chosen on both), and six more, each
 * labelled before any rule was chosen on it.
 */
class LabelledStoriesTests {

	private static final EntityRecognizer recognizer = new EntityRecognizer();

	/** One id for each name across the sets and the copies in the other script. */
	private static final Map<String, Long> entityIds = new HashMap<>();

	/** The set the rules were tuned on over four rounds. */
	private static LabelledSet tuned;

	/**
	 * The set picked and labelled after the fourth round, held out until then; the weak
	 * cosine's threshold was chosen on it and the first set together.
	 */
	private static LabelledSet heldOut;

	/** The set picked and labelled after both, before any rule was chosen on it. */
	private static LabelledSet third;

	/**
	 * The set picked and labelled after the first three, before a model was fitted on
	 * them or the engine run on it (branch story8).
	 */
	private static LabelledSet fourth;

	/**
	 * The set picked and labelled after the first four, before figures were counted or
	 * the engine run on it (branch story10).
	 */
	private static LabelledSet fifth;

	/**
	 * The set picked and labelled after the first five, before the rules tried on branch
	 * story11 were chosen or the engine run on it.
	 */
	private static LabelledSet sixth;

	/**
	 * The set picked and labelled after the first six, before the rule of branch story12
	 * (rare words of the openings on the same day) was chosen or the engine ran on it.
	 */
	private static LabelledSet seventh;

	/**
	 * The set picked and labelled after the first seven, before the joining rule tried on
	 * branch story14 (a story grows only through articles matching a share of it) was
	 * committed or the engine ran on it.
	 */
	private static LabelledSet eighth;

	@BeforeAll
	static void readTheLabelledSets() throws IOException {
		tuned = LabelledSet.read("articles.tsv", "pairs.tsv", 0);
		heldOut = LabelledSet.read("heldout-articles.tsv", "heldout-pairs.tsv", 10_000);
		third = LabelledSet.read("third-articles.tsv", "third-pairs.tsv", 20_000);
		fourth = LabelledSet.read("fourth-articles.tsv", "fourth-pairs.tsv", 30_000);
		fifth = LabelledSet.read("fifth-articles.tsv", "fifth-pairs.tsv", 40_000);
		sixth = LabelledSet.read("sixth-articles.tsv", "sixth-pairs.tsv", 50_000);
		seventh = LabelledSet.read("seventh-articles.tsv", "seventh-pairs.tsv", 60_000);
		eighth = LabelledSet.read("eighth-articles.tsv", "eighth-pairs.tsv", 70_000);
	}

	/**
	 * Labelled articles with their features, each set its own pool of days (as an archive
	 * holding only them would weigh their words), and the pairs it labels.
	 */
	private record LabelledSet(String articles, Map<String, ArticleFeatures> features, MemoryStoryStore store,
			List<LabelledPair> pairs) {

		static LabelledSet read(String articles, String pairFile, long firstId) throws IOException {
			Map<String, ArticleFeatures> features = new HashMap<>();
			MemoryStoryStore store = new MemoryStoryStore();
			long id = firstId;
			for (String line : lines(articles)) {
				String[] f = line.split("\t", -1);
				ArticleFeatures article = LabelledStoriesTests.features(id++, f[1], LocalDate.parse(f[2]), f[3], f[4]);
				features.put(f[0], article);
				store.saveFeatures(article);
			}
			List<LabelledPair> pairs = new ArrayList<>();
			for (String line : lines(pairFile)) {
				String[] f = line.split("\t", -1);
				pairs.add(new LabelledPair(pairs.size(), f[0], features.get(f[1]), features.get(f[2]),
						f[3].equals("same"), f[2]));
			}
			return new LabelledSet(articles, features, store, pairs);
		}

		/**
		 * The same pairs with the second article in the other script: a traditional
		 * article made simplified with ICU's Traditional-Simplified transform (phrases
		 * and all, not the archive's fold of one character at a time), a simplified one
		 * made traditional with ICU's Simplified-Traditional
		 * ({@link ChineseScript#traditional}). The corpus has no real pair across
		 * scripts: taiwan is of 2017, chinanews of 2020.
		 */
		LabelledSet acrossScripts() throws IOException {
			Map<String, String[]> byKey = new HashMap<>();
			for (String line : lines(this.articles)) {
				String[] f = line.split("\t", -1);
				byKey.put(f[0], f);
			}
			Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
			List<LabelledPair> copies = new ArrayList<>();
			for (LabelledPair pair : this.pairs) {
				String[] f = byKey.get(pair.keyOfB());
				boolean traditional = ChineseScript.hasTraditional(f[3] + f[4]);
				String title = traditional ? toSimplified.transliterate(f[3]) : ChineseScript.traditional(f[3]);
				String text = traditional ? toSimplified.transliterate(f[4]) : ChineseScript.traditional(f[4]);
				ArticleFeatures copy = LabelledStoriesTests.features(1_000_000 + pair.b().articleId(), f[1],
						LocalDate.parse(f[2]), title, text);
				copies.add(new LabelledPair(pair.position(), pair.kind(), pair.a(), copy, pair.same(), pair.keyOfB()));
			}
			return new LabelledSet(this.articles, this.features, this.store, copies);
		}

		/** The same pairs with another reader's labels, by position. */
		LabelledSet asLabelledBy(Map<Integer, Boolean> labels) {
			List<LabelledPair> relabelled = this.pairs.stream()
				.map((pair) -> new LabelledPair(pair.position(), pair.kind(), pair.a(), pair.b(),
						labels.get(pair.position()), pair.keyOfB()))
				.toList();
			return new LabelledSet(this.articles, this.features, this.store, relabelled);
		}

		/** Only the pairs another reader labelled as this set does. */
		LabelledSet agreedWith(Map<Integer, Boolean> labels) {
			List<LabelledPair> agreed = this.pairs.stream()
				.filter((pair) -> labels.get(pair.position()) == pair.same())
				.toList();
			return new LabelledSet(this.articles, this.features, this.store, agreed);
		}

	}

	/**
	 * The second reader's labels of one set's story pairs by position
	 * ({@code second-reader.tsv}, NOTE.md "Second reader"), read blind.
	 */
	private static Map<Integer, Boolean> secondReader(String set) throws IOException {
		Map<Integer, Boolean> labels = new HashMap<>();
		for (String line : lines("second-reader.tsv")) {
			String[] f = line.split("\t", -1);
			if (f[0].equals(set)) {
				labels.put(Integer.parseInt(f[1]), f[2].equals("same"));
			}
		}
		return labels;
	}

	/** An article's features as the archive computes them, names recognised. */
	private static ArticleFeatures features(long id, String source, LocalDate date, String title, String text) {
		Published day = Published.statedDay(date, "labelled set");
		List<Block> body = List.of(Block.paragraph(text, "zh"));
		ParsedArticle parsed = new ParsedArticle(source, title, null, null, null, List.of(), day, null, List.of("zh"),
				null, body, List.of(), 0, List.of(), "labelled set");
		Recognition recognition = recognizer.recognise(parsed);
		List<EntityRef> entities = new ArrayList<>();
		for (Mention mention : recognition.mentions()) {
			RecognisedEntity entity = recognition.entity(mention.entityKey()).orElseThrow();
			entities.add(new EntityRef(entityIds.computeIfAbsent(mention.entityKey(), (key) -> (long) entityIds.size()),
					entity.canonicalName(), entity.type().name()));
		}
		return ArticleFeatures.of(id, source, day, title, null, null, body, entities);
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
		// Measured 0.930 and 0.842 (80 found, 6 false positives, 15 missed); 0.909 with
		// the weak cosine's threshold at 0.08 (NOTE.md says what is left).
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.93);
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
		// Measured 0.900 and 0.837 (36 found, 4 false positives, 7 missed); 0.857 with
		// the weak cosine's threshold at 0.08, chosen on both sets since.
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.90);
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.83);
	}

	/**
	 * The held-out set (NOTE.md, "Held-out set"): 110 story and 24 text pairs of articles
	 * not in the first set, labelled before the engine's decisions on them were looked
	 * at.
	 */
	@Test
	void sameTextOnTheHeldOutSet() {
		Score score = score(heldOut, "text", StoryMatcher::sameText, (position) -> true);
		assertThat(score.pairs()).isEqualTo(24);
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.98);
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void sameStoryOnTheHeldOutSet() {
		// Measured untouched: 0.843 and 0.811 (43 found, 8 false positives, 10 missed).
		// With the weak cosine's threshold chosen on this set and the first together:
		// 0.875 and 0.792 (42, 6, 11), no longer a figure on unseen pairs.
		assertSameStory(heldOut, 110, 0.87, 0.79);
	}

	/**
	 * The weak cosine's threshold ({@link StoryMatcher#WEAK_SIMILARITY}) was chosen on
	 * the first two sets' 320 story pairs together, as the highest precision with recall
	 * of at least 0.8 there.
	 */
	@Test
	void sameStoryOnTheFirstTwoSetsTogether() {
		Score first = score("story", LabelledStoriesTests::sameStory, (position) -> true);
		Score second = score(heldOut, "story", (a, b) -> sameStory(heldOut.store(), a, b), (position) -> true);
		int found = first.found() + second.found();
		double precision = found / (double) (found + first.falsePositives() + second.falsePositives());
		double recall = found / (double) (found + first.missed() + second.missed());
		System.out.printf("story, first two sets: precision %.3f, recall %.3f%n", precision, recall);
		// Measured 0.910 and 0.824 (122 found, 12 false positives, 26 missed); 0.885 and
		// 0.831 (123, 16, 25) with the threshold at 0.08.
		assertThat(precision).isGreaterThanOrEqualTo(0.91);
		assertThat(recall).isGreaterThanOrEqualTo(0.82);
	}

	/**
	 * The third set (NOTE.md, "Third set"): 110 story pairs of articles in neither
	 * earlier set, labelled before any rule was chosen on them or the engine run on them;
	 * measured once, with the rules as they stood.
	 */
	@Test
	void sameStoryOnTheThirdSet() {
		// Measured 0.861 and 0.674 (31 found, 5 false positives, 15 missed); the rules
		// of main before it (the weak cosine's threshold at 0.08), 0.838 and 0.674 (31,
		// 6, 15). Short of both goals (0.9 and 0.8) on pairs no rule was chosen on.
		// With two figures in common (branch story10, chosen on all four sets): 0.865
		// and 0.696 (32, 5, 14), pair 2 found.
		assertSameStory(third, 110, 0.86, 0.69);
	}

	/**
	 * The fourth set (NOTE.md, "Fourth set"): 110 story pairs of articles in none of the
	 * earlier sets, labelled before the engine ran on them; measured once.
	 */
	@Test
	void sameStoryOnTheFourthSet() {
		// Measured 0.913 and 0.792 (42 found, 4 false positives, 11 missed), and the
		// same pair by pair with the logistic model tried on branch story8.
		assertSameStory(fourth, 110, 0.91, 0.79);
	}

	/**
	 * The fifth set (NOTE.md, "Fifth set"): 110 story pairs of articles in none of the
	 * earlier sets, labelled before figures were counted or the engine ran on them;
	 * measured once.
	 */
	@Test
	void sameStoryOnTheFifthSet() {
		// Measured 0.875 and 0.808 (42 found, 6 false positives, 10 missed); main's rules
		// without figures 0.872 and 0.788 (41, 6, 11): pair 4 found by its figures.
		// Precision short of 0.9 on pairs no rule was chosen on.
		assertSameStory(fifth, 110, 0.87, 0.80);
	}

	/**
	 * The sixth set (NOTE.md, "Sixth set"): 110 story pairs of articles in none of the
	 * earlier sets, labelled before the rules tried on branch story11 were chosen or the
	 * engine ran on them; measured once.
	 */
	@Test
	void sameStoryOnTheSixthSet() {
		// Measured 0.896 and 0.796 (43 found, 5 false positives, 11 missed), and the same
		// pair by pair with the rules tried on branch story11 (game results, cities
		// abroad, digests), which were left out.
		assertSameStory(sixth, 110, 0.89, 0.79);
	}

	/**
	 * The seventh set (NOTE.md, "Seventh set"): 110 story pairs of articles in none of
	 * the earlier sets, labelled before the rule of branch story12 was chosen or the
	 * engine ran on them; measured once.
	 */
	@Test
	void sameStoryOnTheSeventhSet() {
		// Measured 0.769 and 0.851 (40 found, 12 false positives, 7 missed); with the
		// rule tried on branch story12 (rare words of the openings on the same day),
		// 0.755 and 0.851 (40, 13, 7): pair 42 added as a false pair, none found, so
		// the rule was left out. Precision short of 0.9 on pairs no rule was chosen on.
		assertSameStory(seventh, 110, 0.76, 0.85);
	}

	/**
	 * The eighth set (NOTE.md, "Eighth set"): 95 story pairs of articles in none of the
	 * earlier sets, labelled before the joining rule of branch story14 was committed or
	 * the engine ran on them; measured once.
	 */
	@Test
	void sameStoryOnTheEighthSet() {
		// Measured 0.974 and 0.860 (37 found, 1 false positive, 6 missed). The joining
		// rule of branch story14 changed no pair of this set, as assigned either, and
		// was reverted.
		assertSameStory(eighth, 95, 0.97, 0.86);
	}

	/**
	 * Same story over a whole set, each pair decided in the set's own pool: how many
	 * pairs it holds, and the precision and recall it must reach at least.
	 */
	private static void assertSameStory(LabelledSet set, int pairs, double precision, double recall) {
		Score score = score(set, "story", (a, b) -> sameStory(set.store(), a, b), (position) -> true);
		assertThat(score.pairs()).isEqualTo(pairs);
		assertThat(score.precision()).isGreaterThanOrEqualTo(precision);
		assertThat(score.recall()).isGreaterThanOrEqualTo(recall);
	}

	/**
	 * How far two readers agree, each blind to the other (NOTE.md, "Second reader"):
	 * pairs labelled alike and Cohen's kappa, per set.
	 */
	@Test
	void theTwoReadersAgreeOnAllButFivePairs() throws IOException {
		assertThat(agreement(third, secondReader("third"))).isEqualTo(new Agreement(110, 46, 48, 108));
		assertThat(agreement(third, secondReader("third")).kappa()).isCloseTo(0.963, within(0.0005));
		assertThat(agreement(fourth, secondReader("fourth"))).isEqualTo(new Agreement(110, 53, 54, 107));
		assertThat(agreement(fourth, secondReader("fourth")).kappa()).isCloseTo(0.945, within(0.0005));
	}

	@Test
	void sameStoryAgainstTheSecondReader() throws IOException {
		Score onThird = score(third.asLabelledBy(secondReader("third")), "story",
				(a, b) -> sameStory(third.store(), a, b), (position) -> true);
		Score onFourth = score(fourth.asLabelledBy(secondReader("fourth")), "story",
				(a, b) -> sameStory(fourth.store(), a, b), (position) -> true);
		assertThat(onThird.pairs()).isEqualTo(110);
		assertThat(onFourth.pairs()).isEqualTo(110);
		// Measured 0.889 and 0.667 (32 found, 4 false positives, 16 missed) on the third
		// set, 0.913 and 0.778 (42, 4, 12) on the fourth: the first readers' 0.861 /
		// 0.674
		// and 0.913 / 0.792 within a pair or two.
		assertThat(onThird.precision()).isGreaterThanOrEqualTo(0.88);
		assertThat(onThird.recall()).isGreaterThanOrEqualTo(0.66);
		assertThat(onFourth.precision()).isGreaterThanOrEqualTo(0.91);
		assertThat(onFourth.recall()).isGreaterThanOrEqualTo(0.77);
	}

	/**
	 * The pairs both readers labelled alike: what is left of the misses is the engine's,
	 * not a reader's call.
	 */
	@Test
	void sameStoryOnThePairsBothReadersAgreeOn() throws IOException {
		Score onThird = score(third.agreedWith(secondReader("third")), "story",
				(a, b) -> sameStory(third.store(), a, b), (position) -> true);
		Score onFourth = score(fourth.agreedWith(secondReader("fourth")), "story",
				(a, b) -> sameStory(fourth.store(), a, b), (position) -> true);
		assertThat(onThird.pairs()).isEqualTo(108);
		assertThat(onFourth.pairs()).isEqualTo(107);
		// Measured 0.886 and 0.674 (31 found, 4 false positives, 15 missed) on the third
		// set, 0.932 and 0.788 (41, 3, 11) on the fourth; both together 0.911 and 0.735
		// (72, 7, 26): precision meets the goal (0.9), recall misses it by 0.065.
		assertThat(onThird.precision()).isGreaterThanOrEqualTo(0.88);
		assertThat(onThird.recall()).isGreaterThanOrEqualTo(0.67);
		assertThat(onFourth.precision()).isGreaterThanOrEqualTo(0.93);
		assertThat(onFourth.recall()).isGreaterThanOrEqualTo(0.78);
	}

	private static Agreement agreement(LabelledSet set, Map<Integer, Boolean> second) {
		int firstSame = 0;
		int secondSame = 0;
		int alike = 0;
		for (LabelledPair pair : set.pairs()) {
			boolean other = second.get(pair.position());
			firstSame += pair.same() ? 1 : 0;
			secondSame += other ? 1 : 0;
			alike += (pair.same() == other) ? 1 : 0;
		}
		return new Agreement(set.pairs().size(), firstSame, secondSame, alike);
	}

	/** Two readers' labels of one set: how many pairs each calls same, and alike. */
	private record Agreement(int pairs, int firstSame, int secondSame, int alike) {

		/** Agreement beyond what each reader's share of same pairs gives by chance. */
		double kappa() {
			double observed = this.alike / (double) this.pairs;
			double first = this.firstSame / (double) this.pairs;
			double second = this.secondSame / (double) this.pairs;
			double chance = first * second + (1 - first) * (1 - second);
			return (observed - chance) / (1 - chance);
		}

	}

	/**
	 * All sets with the second article of each pair in the other script: the decisions
	 * must be those on the pairs as written, pair by pair.
	 */
	@Test
	void theOtherScriptChangesNoDecision() throws IOException {
		for (LabelledSet set : List.of(tuned, heldOut, third, fourth, fifth, sixth, seventh, eighth)) {
			LabelledSet copies = set.acrossScripts();
			for (int i = 0; i < set.pairs().size(); i++) {
				LabelledPair pair = set.pairs().get(i);
				LabelledPair copy = copies.pairs().get(i);
				BiPredicate<ArticleFeatures, ArticleFeatures> decision = pair.kind().equals("text")
						? StoryMatcher::sameText : (a, b) -> sameStory(set.store(), a, b);
				assertThat(decision.test(copy.a(), copy.b()))
					.as("pair %d (%s) with %s in the other script", pair.position(), pair.kind(), pair.keyOfB())
					.isEqualTo(decision.test(pair.a(), pair.b()));
			}
			score(copies, "text", StoryMatcher::sameText, (position) -> true);
			score(copies, "story", (a, b) -> sameStory(set.store(), a, b), (position) -> true);
		}
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
		for (ArticleFeatures a : tuned.features().values()) {
			StoryPool.Window window = tuned.store()
				.pool(a.firstDay().minusDays(StoryMatcher.WINDOW_DAYS), a.lastDay().plusDays(StoryMatcher.WINDOW_DAYS));
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
				tuned.features().size(), sameStory, notCompared, otherDecision);
		assertThat(sameStory).isEqualTo(1136);
		// Since the days, places and weak-cosine rules every same-story pair shares two
		// rare words or names (before them: 1,564 pairs, 4 of them not compared, and one
		// article joining its next most alike); one outlet's pieces of other days sharing
		// their subject only, and bylines left out of the names, took 1,192 to 1,186;
		// bigrams joining two common words of both titles and the lottery's words, to
		// 1,174; the weak cosine's threshold at 0.09 instead of 0.08, to 1,136.
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
		MemoryStoryStore assigned = assignInPublicationOrder(tuned);
		List<String> decisions = LongStream.range(0, tuned.features().size())
			.mapToObj((id) -> decision(assigned, id))
			.toList();
		Path written = Path.of("target", "story-decisions.tsv");
		Files.write(written, decisions, StandardCharsets.UTF_8);
		assertThat(decisions)
			.as("decisions written to %s: copy it over story/labelled/decisions.tsv only where the decision "
					+ "changed on purpose", written)
			.isEqualTo(lines("decisions.tsv"));
	}

	/**
	 * Same story as a reader of the stories sees it: each set's articles assigned in
	 * publication order with the set as the archive (its own pool), a pair found where
	 * both end in one story, whether they match directly or only through other articles
	 * (chains of single links, NOTE.md). The pairs above judge each pair alone; these
	 * count what joining makes of them.
	 */
	@Test
	void sameStoryAsAssigned() {
		// Main's joining (the most alike article's story): first seven sets 330 found, 47
		// false, 70 missed (0.875 / 0.825); 14 found and 5 false through others. A story
		// growing only through articles matching a quarter of it (branch story14): 321,
		// 46, 79, and the eighth set unchanged; reverted.
		assertThat(Stream.of(tuned, heldOut, third, fourth, fifth, sixth, seventh, eighth)
			.map(LabelledStoriesTests::assigned)).containsExactly(new Assigned(87, 9, 8, 9, 3),
					new Assigned(41, 6, 12, 1, 1), new Assigned(33, 6, 13, 2, 1), new Assigned(42, 4, 11, 0, 0),
					new Assigned(44, 6, 8, 2, 0), new Assigned(43, 5, 11, 0, 0), new Assigned(40, 11, 7, 0, 0),
					new Assigned(37, 1, 6, 0, 0));
	}

	private static Assigned assigned(LabelledSet set) {
		MemoryStoryStore assigned = assignInPublicationOrder(set);
		int found = 0;
		int falsePositives = 0;
		int missed = 0;
		int foundThroughOthers = 0;
		int falseThroughOthers = 0;
		for (LabelledPair pair : set.pairs()) {
			if (!pair.kind().equals("story")) {
				continue;
			}
			Long story = assigned.storyOf(pair.a().articleId());
			boolean together = story != null && story.equals(assigned.storyOf(pair.b().articleId()));
			boolean throughOthers = together && !sameStory(set.store(), pair.a(), pair.b());
			if (together && throughOthers) {
				System.out.printf("%s pair %d (%s) through %s%n", set.articles(), pair.position(),
						pair.same() ? "same" : "not",
						assigned.joinsBetween(pair.a().articleId(), pair.b().articleId()));
			}
			found += (together && pair.same()) ? 1 : 0;
			falsePositives += (together && !pair.same()) ? 1 : 0;
			missed += (!together && pair.same()) ? 1 : 0;
			foundThroughOthers += (throughOthers && pair.same()) ? 1 : 0;
			falseThroughOthers += (throughOthers && !pair.same()) ? 1 : 0;
		}
		Assigned counts = new Assigned(found, falsePositives, missed, foundThroughOthers, falseThroughOthers);
		System.out.printf("story as assigned, %s: %s%n", set.articles(), counts);
		return counts;
	}

	/**
	 * Story pairs found, false and missed as assigned, and of the first two those whose
	 * articles do not match directly.
	 */
	private record Assigned(int found, int falsePositives, int missed, int foundThroughOthers, int falseThroughOthers) {

	}

	private static MemoryStoryStore assignInPublicationOrder(LabelledSet set) {
		MemoryStoryStore assigned = new MemoryStoryStore();
		StoryAssigner assigner = new StoryAssigner(assigned);
		List<ArticleFeatures> inPublicationOrder = set.features()
			.values()
			.stream()
			.sorted(Comparator.comparing(ArticleFeatures::firstDay).thenComparing(ArticleFeatures::articleId))
			.toList();
		for (ArticleFeatures article : inPublicationOrder) {
			assigned.saveFeatures(article);
			assigner.assign(article, (terms) -> List.of());
		}
		return assigned;
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
		return sameStory(tuned.store(), a, b);
	}

	private static boolean sameStory(MemoryStoryStore store, ArticleFeatures a, ArticleFeatures b) {
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
		return score(tuned, kind, same, positions);
	}

	private static Score score(LabelledSet set, String kind, BiPredicate<ArticleFeatures, ArticleFeatures> same,
			IntPredicate positions) {
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		int counted = 0;
		List<Integer> wrong = new ArrayList<>();
		for (LabelledPair pair : set.pairs()) {
			if (!pair.kind().equals(kind) || !positions.test(pair.position())) {
				continue;
			}
			counted++;
			boolean found = same.test(pair.a(), pair.b());
			if (found != pair.same()) {
				wrong.add(pair.position());
			}
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
				truePositives / (double) (truePositives + falseNegatives), truePositives, falsePositives,
				falseNegatives);
		System.out.printf("%s: %d pairs, precision %.3f, recall %.3f (%d found, %d false, %d missed; wrong: %s)%n",
				kind, counted, score.precision(), score.recall(), truePositives, falsePositives, falseNegatives, wrong);
		return score;
	}

	private static List<String> lines(String name) throws IOException {
		try (InputStream in = LabelledStoriesTests.class.getResourceAsStream("/story/labelled/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	private record LabelledPair(int position, String kind, ArticleFeatures a, ArticleFeatures b, boolean same,
			String keyOfB) {

	}

	private record Score(int pairs, double precision, double recall, int found, int falsePositives, int missed) {

	}

}
