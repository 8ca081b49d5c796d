package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsarchive.article.ParsedArticle;
import org.newsarchive.entity.ArticleText.Segment;
import org.newsarchive.entity.GlossReader.Gloss;
import org.newsarchive.entity.NameMatcher.Hit;

/**
 * Recognises the people, organisations and places an article names. Evidence, in order:
 * the gazetteer (on script-folded text), glossed names ({@code 奈吉（Stephen Nagy）}),
 * Chinese name recognition and English capitalisation with precision guards, and the
 * alignment of bilingual paragraph pairs. Then every name of every entity is counted once
 * over the text a reader came for, so {@code 斯托尔滕贝格} and {@code Jens Stoltenberg} add up
 * to one person. Thread-safe; build one and share it.
 */
public class EntityRecognizer {

	private final ScriptFolder folder = new ScriptFolder();

	private final NameMatcher gazetteerNames = new NameMatcher();

	private final Map<String, Gazetteer.Entry> entriesByName = new LinkedHashMap<>();

	private final Set<String> knownPeople = new HashSet<>();

	private final ChineseNames chineseNames;

	private final EnglishNames englishNames;

	private final GlossReader glossReader;

	/** A recogniser that learns names only while it lives. */
	public EntityRecognizer() {
		this(Gazetteer.load(), new LearnedNames());
	}

	EntityRecognizer(Gazetteer gazetteer, LearnedNames learned) {
		Set<String> notPeople = new HashSet<>();
		for (Gazetteer.Entry entry : gazetteer.entries()) {
			for (String name : entry.chinese()) {
				String folded = this.folder.fold(name);
				this.gazetteerNames.add(folded, entry.id());
				this.entriesByName.putIfAbsent(folded, entry);
				(entry.type() == EntityType.PERSON ? this.knownPeople : notPeople).add(folded);
			}
			for (String name : entry.english()) {
				this.gazetteerNames.add(name, entry.id());
				this.entriesByName.putIfAbsent(name, entry);
				(entry.type() == EntityType.PERSON ? this.knownPeople : notPeople).add(name);
			}
		}
		this.chineseNames = new ChineseNames(notPeople, learned);
		this.englishNames = new EnglishNames(notPeople);
		this.glossReader = new GlossReader(this.chineseNames);
	}

	/**
	 * Loads the dictionaries HanLP reads lazily, so that the first article is as fast as
	 * the next.
	 */
	public void warmUp() {
		ChineseNames.tagged("北约秘书长斯托尔滕贝格会见日本首相岸田文雄。");
	}

	public Recognition recognise(ParsedArticle article) {
		ArticleText text = ArticleText.of(article, this.folder);
		List<Segment> segments = text.segments();
		Map<String, EntityDraft> drafts = new LinkedHashMap<>();
		for (Hit hit : this.gazetteerNames.find(segments)) {
			known(drafts, this.entriesByName.get(hit.name()));
		}
		Set<String> people = new HashSet<>(this.knownPeople);
		for (Segment segment : text.chinese()) {
			for (Gloss gloss : this.glossReader.read(segment.folded())) {
				learnGloss(drafts, gloss);
				people.add(gloss.chinese());
			}
		}
		ChineseNames.Result chinese = this.chineseNames.find(text.chinese(), people);
		for (String name : chinese.names()) {
			if (holder(drafts, name) == null) {
				put(drafts, EntityDraft.person(uniqueKey(drafts, EntityDraft.keyFor(null, name)))).addChinese(name);
			}
		}
		chinese.aliases().forEach((alias, name) -> {
			EntityDraft holder = holder(drafts, name);
			if (holder != null) {
				holder.addChinese(alias);
			}
		});
		for (String name : this.englishNames.find(text.latin())) {
			if (!this.entriesByName.containsKey(name) && holder(drafts, name) == null) {
				put(drafts, EntityDraft.person(uniqueKey(drafts, EntityDraft.keyFor(name, null)))).addEnglish(name);
			}
		}
		PairAligner.align(segments, drafts);
		return count(segments, drafts);
	}

	private Recognition count(List<Segment> segments, Map<String, EntityDraft> drafts) {
		NameMatcher names = new NameMatcher();
		drafts.values().forEach((draft) -> {
			draft.chinese().forEach((name) -> names.add(name, draft.key()));
			draft.english().forEach((name) -> names.add(name, draft.key()));
			familyNamesWithTitles(draft).forEach((name) -> names.add(name, draft.key()));
		});
		Map<String, Tally> tallies = new LinkedHashMap<>();
		for (Hit hit : names.find(segments)) {
			Segment segment = segments.get(hit.segment());
			Tally tally = tallies.computeIfAbsent(hit.key(),
					(key) -> new Tally(Sentences.around(segment.text(), hit.start())));
			tally.count++;
			String original = segment.text().substring(hit.start(), hit.end());
			if (!original.equals(hit.name())) {
				drafts.get(hit.key()).addTraditional(original);
			}
			if (drafts.get(hit.key()).type() == EntityType.PERSON) {
				String role = RoleReader.roleBefore(segment.folded(), segment.text(), hit.start());
				if (role != null) {
					tally.roles.add(role);
				}
			}
		}
		List<RecognisedEntity> entities = new ArrayList<>();
		List<Mention> mentions = new ArrayList<>();
		tallies.forEach((key, tally) -> {
			entities.add(drafts.get(key).toEntity(this.folder));
			mentions.add(new Mention(key, tally.count, tally.firstSentence, List.copyOf(tally.roles)));
		});
		return new Recognition(entities, mentions);
	}

	/**
	 * {@code 细谷教授} for {@code 细谷雄一}: a four-character name learned from the article is a
	 * Japanese-style name of two plus two, and its family name with a title names the
	 * same person. Shorter Chinese names are left alone: {@code 陈教授} could be anyone.
	 */
	private static List<String> familyNamesWithTitles(EntityDraft draft) {
		if (draft.isKnown() || draft.type() != EntityType.PERSON) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (String name : draft.chinese()) {
			if (name.length() == 4 && name.chars().allMatch((c) -> Segment.isHan((char) c))) {
				Titles.CHINESE.forEach((title) -> names.add(name.substring(0, 2) + title));
			}
		}
		return names;
	}

	private void learnGloss(Map<String, EntityDraft> drafts, Gloss gloss) {
		EntityDraft draft = holder(drafts, gloss.chinese());
		if (draft == null) {
			draft = holder(drafts, gloss.latin());
		}
		if (draft == null) {
			Gazetteer.Entry entry = this.entriesByName.get(gloss.latin());
			draft = (entry != null) ? known(drafts, entry)
					: put(drafts, EntityDraft.person(uniqueKey(drafts, EntityDraft.keyFor(gloss.latin(), null))));
		}
		if (draft.type() == EntityType.PERSON) {
			draft.addChinese(gloss.chinese());
			draft.addEnglish(gloss.latin());
		}
	}

	private EntityDraft known(Map<String, EntityDraft> drafts, Gazetteer.Entry entry) {
		return drafts.computeIfAbsent(entry.id(), (id) -> EntityDraft.known(entry, this.folder));
	}

	private static EntityDraft put(Map<String, EntityDraft> drafts, EntityDraft draft) {
		drafts.put(draft.key(), draft);
		return draft;
	}

	private static EntityDraft holder(Map<String, EntityDraft> drafts, String name) {
		return drafts.values().stream().filter((draft) -> draft.hasName(name)).findFirst().orElse(null);
	}

	private static String uniqueKey(Map<String, EntityDraft> drafts, String key) {
		String unique = key;
		for (int n = 2; drafts.containsKey(unique); n++) {
			unique = key + "-" + n;
		}
		return unique;
	}

	private static final class Tally {

		private final String firstSentence;

		private final Set<String> roles = new LinkedHashSet<>();

		private int count;

		private Tally(String firstSentence) {
			this.firstSentence = firstSentence;
		}

	}

}
