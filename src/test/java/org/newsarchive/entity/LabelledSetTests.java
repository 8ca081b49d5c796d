package org.newsarchive.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.newsarchive.article.Block;
import org.newsarchive.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recogniser against the labelled set of {@code entity/labelled} (see its NOTE.md):
 * the types of the 300 entities most mentioned over the corpus, and every person named in
 * 100 randomly chosen articles. The precision floors are the issue's goals; the recall
 * floor is where the recogniser stands, above the goal.
 */
class LabelledSetTests {

	private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

	private static final double PERSON_PRECISION_FLOOR = 0.95;

	/**
	 * Above the issue's goal of 0.9: where the recogniser stands (0.58 before issue 11,
	 * 0.81 before bylines, full names without a title and dotted names), as a floor
	 * against regression.
	 */
	private static final double PERSON_RECALL_FLOOR = 0.95;

	private static final double TOP_PRECISION_FLOOR = 0.97;

	/**
	 * Real entities of the 300 that must stay listed (0.91 before issue 11, 0.96 now);
	 * some sentences of the set name them only inside a longer name or a bare list.
	 */
	private static final double TOP_KEPT_FLOOR = 0.95;

	@Test
	void everyPersonInOneHundredArticles() {
		Map<String, ParsedArticle> articles = articles();
		Map<String, List<Set<String>>> labels = new LinkedHashMap<>();
		for (String line : lines("people.tsv")) {
			String[] cells = line.split("\t", -1);
			labels.put(cells[0], cells[1].isEmpty() ? List.of() : Stream.of(cells[1].split("\\|"))
				.map((person) -> Stream.of(person.split("/")).map(EntityNames::fold).collect(Collectors.toSet()))
				.toList());
		}
		assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(articles.keySet());
		int expected = 0;
		int recognised = 0;
		int right = 0;
		int found = 0;
		for (Map.Entry<String, ParsedArticle> article : articles.entrySet()) {
			List<Set<String>> people = labels.get(article.getKey());
			List<RecognisedEntity> recognisedPeople = RECOGNIZER.recognise(article.getValue())
				.entities()
				.stream()
				.filter((entity) -> entity.type() == EntityType.PERSON)
				.toList();
			List<String> wrong = recognisedPeople.stream()
				.filter((person) -> people.stream()
					.noneMatch((names) -> names(person).stream().anyMatch(names::contains)))
				.map(RecognisedEntity::canonicalName)
				.toList();
			List<String> missed = people.stream()
				.filter((names) -> recognisedPeople.stream()
					.noneMatch((person) -> names(person).stream().anyMatch(names::contains)))
				.map((names) -> names.iterator().next())
				.toList();
			expected += people.size();
			found += people.size() - missed.size();
			recognised += recognisedPeople.size();
			right += recognisedPeople.size() - wrong.size();
			if (!wrong.isEmpty() || !missed.isEmpty()) {
				System.out.printf("%s wrong %s missed %s%n", article.getKey(), wrong, missed);
			}
		}
		double precision = (double) right / recognised;
		double recall = (double) found / expected;
		System.out.printf("100 articles: %d people labelled, %d recognised, precision %.3f recall %.3f%n", expected,
				recognised, precision, recall);
		assertThat(precision).isGreaterThanOrEqualTo(PERSON_PRECISION_FLOOR);
		assertThat(recall).isGreaterThanOrEqualTo(PERSON_RECALL_FLOOR);
	}

	/**
	 * Each of the 300 entities recognised again in two sentences of the corpus that name
	 * it: listed right when the name is its whole name and the type is the label's.
	 * Fragments and phrases (label NONE) must not be listed at all, and the real entities
	 * must stay.
	 */
	@Test
	void typesOfTheThreeHundredMostMentioned() {
		int listed = 0;
		int right = 0;
		int real = 0;
		int kept = 0;
		for (String line : lines("top300.tsv")) {
			String[] cells = line.split("\t", -1);
			String name = cells[2];
			String label = cells[3];
			boolean whole = name.equals(cells[4]);
			List<Block> body = Stream.of(cells[6].split("‖")).map((text) -> Block.paragraph(text, "zh-Hans")).toList();
			ParsedArticle article = new ParsedArticle("corpus", "", null, null, null, List.of(), null, null,
					List.of("zh-Hans"), null, body, List.of(), 0, List.of(), "labelled-set");
			String folded = EntityNames.fold(name);
			RecognisedEntity entity = RECOGNIZER.recognise(article)
				.entities()
				.stream()
				.filter((candidate) -> names(candidate).contains(folded))
				.findFirst()
				.orElse(null);
			boolean isReal = whole && !label.equals("NONE");
			if (isReal) {
				real++;
			}
			if (entity == null) {
				if (isReal) {
					System.out.printf("lost %s (%s)%n", name, label);
				}
				continue;
			}
			listed++;
			if (isReal && entity.type().name().equals(label)) {
				right++;
				kept++;
			}
			else {
				System.out.printf("listed %s as %s, labelled %s %s%n", name, entity.type(), label, cells[4]);
			}
		}
		double precision = (double) right / listed;
		double keptShare = (double) kept / real;
		System.out.printf("top 300: %d listed, precision %.3f; %d of %d real entities kept (%.3f)%n", listed, precision,
				kept, real, keptShare);
		assertThat(precision).isGreaterThanOrEqualTo(TOP_PRECISION_FLOOR);
		assertThat(keptShare).isGreaterThanOrEqualTo(TOP_KEPT_FLOOR);
	}

	static List<String> names(RecognisedEntity entity) {
		List<String> names = new ArrayList<>(entity.simplified());
		names.addAll(entity.traditional());
		names.addAll(entity.english());
		return names.stream().map(EntityNames::fold).toList();
	}

	/** The chosen articles by corpus id, each its title and paragraphs. */
	static Map<String, ParsedArticle> articles() {
		Map<String, ParsedArticle> articles = new LinkedHashMap<>();
		String id = null;
		List<String> text = new ArrayList<>();
		for (String line : lines("articles.txt")) {
			if (line.startsWith("=== ")) {
				if (id != null) {
					articles.put(id, article(id, text));
				}
				id = line.substring(4);
				text = new ArrayList<>();
			}
			else {
				text.add(line);
			}
		}
		articles.put(id, article(id, text));
		return articles;
	}

	private static ParsedArticle article(String id, List<String> text) {
		String language = id.startsWith("taiwan/") ? "zh-Hant" : "zh-Hans";
		List<Block> body = text.subList(1, text.size())
			.stream()
			.filter((line) -> !line.isBlank())
			.map((line) -> Block.paragraph(line, language))
			.toList();
		return new ParsedArticle("corpus", text.get(0), null, null, null, List.of(), null, null, List.of(language),
				null, body, List.of(), 0, List.of(), "labelled-set");
	}

	static List<String> lines(String name) {
		try (InputStream in = LabelledSetTests.class.getResourceAsStream("/entity/labelled/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
