package org.newsarchive.entity;

import java.util.Set;

/**
 * A person, organisation or place, with every name it is known by.
 *
 * @param key the gazetteer id, or an id derived from the name for someone the gazetteer
 * does not know
 * @param type what it is
 * @param canonicalName the name to show
 * @param simplified names in simplified Chinese
 * @param traditional names in traditional Chinese
 * @param english names in English (or another Latin-script language)
 * @param wikidataId the Wikidata item, or null
 * @param description one line saying who or what it is, or null for a name learned from
 * an article
 */
public record RecognisedEntity(String key, EntityType type, String canonicalName, Set<String> simplified,
		Set<String> traditional, Set<String> english, String wikidataId, String description) {

	public RecognisedEntity {
		simplified = Set.copyOf(simplified);
		traditional = Set.copyOf(traditional);
		english = Set.copyOf(english);
	}

	/**
	 * Whether the entity comes from the curated gazetteer rather than from one article.
	 */
	public boolean known() {
		return this.description != null;
	}

}
