package org.newsarchive.search;

import java.util.List;
import java.util.Optional;

/**
 * Every known name of a person, so that a search for one name also finds the others.
 * Implemented by the module that knows people; without it, names are searched as typed.
 */
public interface NameExpansion {

	/** All names of the entity, in every script and language. */
	List<String> namesOf(long entityId);

	/** The entity a query names exactly, in any of its names and scripts, if any. */
	Optional<NamedEntity> entityNamed(String query);

	static NameExpansion none() {
		return new NameExpansion() {

			@Override
			public List<String> namesOf(long entityId) {
				return List.of();
			}

			@Override
			public Optional<NamedEntity> entityNamed(String query) {
				return Optional.empty();
			}

		};
	}

	/** An entity found by name, with the names a search for it also looks for. */
	record NamedEntity(long id, String name, List<String> names) {

	}

}
