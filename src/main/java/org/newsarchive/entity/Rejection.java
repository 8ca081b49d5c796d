package org.newsarchive.entity;

import java.util.Locale;

/** Why an administrator rejected a name for good. */
public enum Rejection {

	/** A place, organisation, event or law recognition took for a person. */
	NOT_A_PERSON,

	/** A fragment or a phrase ({@code 下一步}, {@code 蔡奇陪}): nothing at all. */
	NOT_A_NAME;

	/** Whether an entity of this type with the rejected name is dropped. */
	boolean drops(EntityType type) {
		return this == NOT_A_NAME || type == EntityType.PERSON;
	}

	/** Reads {@code NOT_A_PERSON}, {@code not-a-person} or {@code not a person}. */
	static Rejection parse(String text) {
		String normalised = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Rejection reason : values()) {
			if (reason.name().equals(normalised)) {
				return reason;
			}
		}
		throw new CurationException("A rejection is not-a-person or not-a-name, not \"" + text.strip() + "\".");
	}

}
