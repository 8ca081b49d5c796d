package org.newsarchive.entity;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;

/**
 * An entity while an article is being read: the names gathered for it so far.
 */
final class EntityDraft {

	// compiled once, not for every new name
	private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern NOT_IN_KEYS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGE_DASHES = Pattern.compile("(^-|-$)");

	private final String key;

	private final EntityType type;

	private final Gazetteer.Entry entry;

	private final Set<String> chinese = new LinkedHashSet<>();

	private final Set<String> traditional = new LinkedHashSet<>();

	private final Set<String> english = new LinkedHashSet<>();

	private EntityDraft(String key, EntityType type, Gazetteer.Entry entry) {
		this.key = key;
		this.type = type;
		this.entry = entry;
	}

	static EntityDraft known(Gazetteer.Entry entry, ScriptFolder folder) {
		EntityDraft draft = new EntityDraft(entry.id(), entry.type(), entry);
		entry.chinese().forEach((name) -> draft.chinese.add(folder.fold(name)));
		draft.traditional.addAll(entry.traditional());
		draft.english.addAll(entry.english());
		return draft;
	}

	static EntityDraft person(String key) {
		return new EntityDraft(key, EntityType.PERSON, null);
	}

	/** An id for a name the gazetteer does not know: the Latin name, else the pinyin. */
	static String keyFor(String latin, String chinese) {
		String base = (latin != null) ? latin
				: HanLP.convertToPinyinString(NOT_HAN.matcher(chinese).replaceAll(""), " ", false);
		String ascii = MARKS.matcher(Normalizer.normalize(base, Normalizer.Form.NFD)).replaceAll("").replace("ø", "o");
		return EDGE_DASHES.matcher(NOT_IN_KEYS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
	}

	String key() {
		return this.key;
	}

	EntityType type() {
		return this.type;
	}

	boolean isKnown() {
		return this.entry != null;
	}

	Set<String> chinese() {
		return this.chinese;
	}

	Set<String> english() {
		return this.english;
	}

	void addChinese(String folded) {
		this.chinese.add(folded);
	}

	void addTraditional(String name) {
		this.traditional.add(name);
	}

	void addEnglish(String name) {
		this.english.add(name);
	}

	void absorb(EntityDraft other) {
		this.chinese.addAll(other.chinese);
		this.traditional.addAll(other.traditional);
		this.english.addAll(other.english);
	}

	boolean hasName(String name) {
		return this.chinese.contains(name) || this.english.contains(name);
	}

	RecognisedEntity toEntity(ScriptFolder folder) {
		Set<String> traditional = new LinkedHashSet<>(this.traditional);
		this.chinese.forEach((name) -> traditional.add(folder.traditional(name)));
		String canonical = (this.entry != null && !this.entry.simplified().isEmpty()) ? this.entry.simplified().get(0)
				: longest(this.chinese);
		if (canonical == null) {
			canonical = longest(this.english);
		}
		return new RecognisedEntity(this.key, this.type, canonical, this.chinese, traditional, this.english,
				(this.entry != null) ? this.entry.wikidataId() : null,
				(this.entry != null) ? this.entry.description() : null);
	}

	private static String longest(Set<String> names) {
		String longest = null;
		for (String name : names) {
			if (longest == null || name.length() > longest.length()) {
				longest = name;
			}
		}
		return longest;
	}

}
