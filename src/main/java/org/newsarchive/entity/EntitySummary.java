package org.newsarchive.entity;

/**
 * An entity in a list.
 *
 * @param articleCount how many articles name it
 * @param mentionCount how often they name it in all
 */
public record EntitySummary(long id, String name, EntityType type, String description, long articleCount,
		long mentionCount) {

}
