package org.newsarchive.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsarchive.search.SearchIndexer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An administrator's corrections: merging two records of one person, adding or removing a
 * name, changing what kind of entity a record is. They are stored on the records
 * themselves, so re-ingesting an article or restarting keeps them, and the articles that
 * name the entity are re-indexed once the change commits.
 */
@Service
@Transactional
public class EntityCuration {

	private final EntityRepository entities;

	private final MentionRepository mentions;

	private final EntityDirectory directory;

	private final SearchIndexer indexer;

	EntityCuration(EntityRepository entities, MentionRepository mentions, EntityDirectory directory,
			SearchIndexer indexer) {
		this.entities = entities;
		this.mentions = mentions;
		this.directory = directory;
		this.indexer = indexer;
	}

	/**
	 * Makes {@code id} a name of {@code intoId}: its names, mentions and future
	 * recognitions.
	 */
	public EntityDetail merge(long id, long intoId) {
		if (id == intoId) {
			throw new CurationException("An entity cannot be merged into itself.");
		}
		EntityRecord merged = find(id);
		EntityRecord target = find(intoId);
		if (target.getMergedInto() != null) {
			throw new CurationException("Merge into " + target.getName() + "'s current record instead.");
		}
		Set<Long> affected = new HashSet<>(this.directory.articlesNaming(id));
		Map<Long, MentionRecord> targetMentions = this.mentions.findByEntityId(intoId)
			.stream()
			.collect(Collectors.toMap(MentionRecord::getArticleId, (m) -> m));
		for (MentionRecord mention : this.mentions.findByEntityId(id)) {
			MentionRecord existing = targetMentions.get(mention.getArticleId());
			if (existing != null) {
				existing.absorb(mention);
				this.mentions.delete(mention);
			}
			else {
				mention.moveTo(intoId);
			}
		}
		merged.mergeInto(target);
		try {
			this.entities.flush();
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			// Another administrator merged the target meanwhile: the database refuses
			// what would be a cycle.
			throw new CurationException(target.getName() + " was merged into another record meanwhile; reload it.");
		}
		reindexAfterCommit(affected);
		return this.directory.detail(intoId);
	}

	public EntityDetail addName(long id, String name, String script) {
		if (name == null || name.isBlank()) {
			throw new CurationException("A name cannot be empty.");
		}
		if (script != null && !script.isBlank() && !EntityName.SCRIPTS.contains(script)) {
			throw new CurationException(
					"The script is one of " + String.join(", ", EntityName.SCRIPTS) + ", or empty to guess it.");
		}
		EntityRecord entity = find(id);
		entity.addName(name.strip(), (script == null || script.isBlank()) ? guessScript(name) : script);
		reindexAfterCommit(this.directory.articlesNaming(id));
		return this.directory.detail(id);
	}

	public EntityDetail removeName(long id, String name) {
		EntityRecord entity = find(id);
		if (entity.getNames().size() <= 1) {
			throw new CurationException("An entity keeps at least one name.");
		}
		entity.removeName(name);
		reindexAfterCommit(this.directory.articlesNaming(id));
		return this.directory.detail(id);
	}

	public EntityDetail changeType(long id, EntityType type) {
		if (type == null) {
			throw new CurationException("The type is PERSON, ORGANISATION or PLACE.");
		}
		find(id).changeType(type);
		return this.directory.detail(id);
	}

	private EntityRecord find(long id) {
		return this.entities.findById(id).orElseThrow(() -> new EntityNotFoundException(id));
	}

	private void reindexAfterCommit(Set<Long> articleIds) {
		List<Long> ids = List.copyOf(articleIds);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				EntityCuration.this.indexer.reindex(ids);
			}
		});
	}

	static String guessScript(String name) {
		boolean han = name.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		if (!han) {
			return "en";
		}
		return EntityNames.fold(name).equals(name.toLowerCase(Locale.ROOT)) ? "zh-Hans" : "zh-Hant";
	}

}
