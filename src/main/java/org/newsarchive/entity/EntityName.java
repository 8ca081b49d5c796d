package org.newsarchive.entity;

import jakarta.persistence.Embeddable;

/**
 * A name of an entity.
 *
 * @param script {@code zh-Hans}, {@code zh-Hant}, {@code zh} (the same in both scripts)
 * or {@code en}
 * @param folded the name in simplified script and lower case, for looking it up
 */
@Embeddable
public record EntityName(String name, String script, String folded) {

}
