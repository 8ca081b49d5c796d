package org.newsarchive.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every known name of a person, so that a search for one name also finds the others.
 * Implemented by the module that knows people; without it, names are searched as typed.
 */
public interface NameExpansion {

	/** The person a query names exactly, in any of their names and scripts, if any. */
	Optional<NamedEntity> entityNamed(String query);

	/** The known entities among these ids, by id. */
	Map<Long, NamedEntity> entities(Collection<Long> entityIds);

	static NameExpansion none() {
		return new NameExpansion() {

			@Override
			public Optional<NamedEntity> entityNamed(String query) {
				return Optional.empty();
			}

			@Override
			public Map<Long, NamedEntity> entities(Collection<Long> entityIds) {
				return Map.of();
			}

		};
	}

	/**
	 * An entity with the names a search for it also looks for.
	 *
	 * @param person whether it is a person rather than an organisation or a place
	 */
	record NamedEntity(long id, String name, boolean person, List<String> names) {

	}

}
