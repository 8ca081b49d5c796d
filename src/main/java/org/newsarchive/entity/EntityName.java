package org.newsarchive.entity;

import java.util.List;

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

	/** Every script a name can be in, in the order the pages show them. */
	static final List<String> SCRIPTS = List.of("zh-Hans", "zh-Hant", "zh", "en");

}
