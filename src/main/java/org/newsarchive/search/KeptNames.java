package org.newsarchive.search;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The names searches look up, kept per generation of the index like the answers: the
 * person a query names and the labels of the people facet were looked up in the database
 * for every answer (two to four statements of the five an answer sent), though they
 * change only with the articles that name them, which are indexed again when they do.
 */
final class KeptNames {

	private final Cache<Named, Optional<NameExpansion.NamedEntity>> byQuery;

	private final Cache<Entity, Optional<NameExpansion.NamedEntity>> byId;

	/**
	 * @param size how many queries, and how many entities, are kept at most
	 * @param lifetime how long a name is kept at most
	 */
	KeptNames(int size, Duration lifetime) {
		this.byQuery = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).build();
		this.byId = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).build();
	}

	/** The names of {@code names} as they were when the index had this generation. */
	NameExpansion of(NameExpansion names, long generation) {
		return new NameExpansion() {

			@Override
			public Optional<NamedEntity> entityNamed(String query) {
				return KeptNames.this.byQuery.get(new Named(generation, query), (key) -> names.entityNamed(query));
			}

			@Override
			public Map<Long, NamedEntity> entities(Collection<Long> entityIds) {
				List<Entity> keys = entityIds.stream().map((id) -> new Entity(generation, id)).toList();
				Map<Long, NamedEntity> found = new HashMap<>();
				KeptNames.this.byId.getAll(keys, (missing) -> lookUp(names, missing))
					.forEach((key, entity) -> entity.ifPresent((named) -> found.put(key.id(), named)));
				return found;
			}

		};
	}

	/** The entities asked for, those not known too, so that they are not asked again. */
	private static Map<Entity, Optional<NameExpansion.NamedEntity>> lookUp(NameExpansion names,
			Set<? extends Entity> missing) {
		Map<Long, NameExpansion.NamedEntity> known = names.entities(missing.stream().map(Entity::id).toList());
		Map<Entity, Optional<NameExpansion.NamedEntity>> looked = new HashMap<>();
		missing.forEach((key) -> looked.put(key, Optional.ofNullable(known.get(key.id()))));
		return looked;
	}

	private record Named(long generation, String query) {

	}

	private record Entity(long generation, long id) {

	}

}
