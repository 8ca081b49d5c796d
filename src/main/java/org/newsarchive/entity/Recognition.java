package org.newsarchive.entity;

import java.util.List;
import java.util.Optional;

/**
 * What the recogniser found in one article.
 *
 * @param entities the entities named, in order of first mention
 * @param mentions one mention per entity, in the same order
 */
public record Recognition(List<RecognisedEntity> entities, List<Mention> mentions) {

	public Recognition {
		entities = List.copyOf(entities);
		mentions = List.copyOf(mentions);
	}

	public Optional<RecognisedEntity> entity(String key) {
		return this.entities.stream().filter((entity) -> entity.key().equals(key)).findFirst();
	}

	public Optional<Mention> mention(String key) {
		return this.mentions.stream().filter((mention) -> mention.entityKey().equals(key)).findFirst();
	}

	public List<RecognisedEntity> people() {
		return this.entities.stream().filter((entity) -> entity.type() == EntityType.PERSON).toList();
	}

}
