package org.newsarchive.entity;

import java.util.Collection;
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

	private final RejectedNames rejected;

	EntityCuration(EntityRepository entities, MentionRepository mentions, EntityDirectory directory,
			SearchIndexer indexer, RejectedNames rejected) {
		this.entities = entities;
		this.mentions = mentions;
		this.directory = directory;
		this.indexer = indexer;
		this.rejected = rejected;
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
		this.directory.countChangesNow();
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

	/**
	 * Rejects an entity for good: every name it has is rejected, its mentions go, and the
	 * articles that named it are re-indexed without it. Re-importing or re-recognising an
	 * article does not bring it back.
	 * @return how many articles named it
	 */
	public int reject(long id, Rejection reason) {
		EntityRecord entity = find(id);
		if (entity.getMergedInto() != null) {
			throw new CurationException("Reject the record " + entity.getName() + " was merged into instead.");
		}
		entity.getNames().forEach((name) -> this.rejected.reject(name.name(), reason));
		return dropMentions(List.of(entity));
	}

	/**
	 * Imports a list of decisions, one a line: a name, a comma or tab, and
	 * {@code not-a-person} or {@code not-a-name}. Blank lines and lines starting with
	 * {@code #} are skipped. Entities already recorded under a rejected name lose their
	 * mentions as {@link #reject} does. All or nothing: a bad line rejects nothing.
	 * @return how many names were rejected and how many articles named them
	 */
	public RejectionImport importRejections(String lines) {
		int names = 0;
		Set<EntityRecord> dropped = new HashSet<>();
		int number = 0;
		for (String line : lines.split("\\R")) {
			number++;
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			String[] cells = line.split("[,\\t]", 2);
			if (cells.length < 2 || cells[0].isBlank()) {
				throw new CurationException("Line " + number + " is not \"name,not-a-person\" or \"name,not-a-name\".");
			}
			String name = cells[0].strip();
			Rejection reason = Rejection.parse(cells[1]);
			this.rejected.reject(name, reason);
			names++;
			this.entities.findByFoldedName(EntityNames.fold(name))
				.stream()
				.filter((entity) -> reason.drops(entity.getType()))
				.forEach(dropped::add);
		}
		return new RejectionImport(names, dropMentions(dropped));
	}

	private int dropMentions(Collection<EntityRecord> dropped) {
		Set<Long> affected = new HashSet<>();
		for (EntityRecord entity : dropped) {
			List<MentionRecord> named = this.mentions.findByEntityId(entity.getId());
			named.forEach((mention) -> affected.add(mention.getArticleId()));
			this.mentions.deleteAll(named);
		}
		reindexAfterCommit(affected);
		return affected.size();
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
