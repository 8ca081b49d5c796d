package org.newsarchive.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * One real person, organisation or place. Recognition adds names to it; only an
 * administrator changes its type, merges it into another or removes a name, and those
 * changes outlive any re-ingestion.
 */
@Entity
@Table(name = "entities")
class EntityRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entities")
	@SequenceGenerator(name = "entities", sequenceName = "entities_id_seq", allocationSize = 50)
	private Long id;

	@Column(name = "key")
	private String key;

	@Enumerated(EnumType.STRING)
	private EntityType type;

	private String name;

	private String wikidataId;

	private String description;

	private Long mergedInto;

	@ElementCollection
	@BatchSize(size = 64)
	@CollectionTable(name = "entity_names", joinColumns = @JoinColumn(name = "entity_id"))
	private List<EntityName> names = new ArrayList<>();

	@ElementCollection
	@BatchSize(size = 64)
	@CollectionTable(name = "entity_removed_names", joinColumns = @JoinColumn(name = "entity_id"))
	@Column(name = "name")
	private List<String> removedNames = new ArrayList<>();

	protected EntityRecord() {
	}

	EntityRecord(RecognisedEntity recognised) {
		this.key = recognised.key();
		this.type = recognised.type();
		this.name = recognised.canonicalName();
		this.wikidataId = recognised.wikidataId();
		this.description = recognised.description();
		learn(recognised);
	}

	/** Takes the names recognition found, except those an administrator removed. */
	void learn(RecognisedEntity recognised) {
		recognised.simplified().forEach((n) -> addName(n, recognised.traditional().contains(n) ? "zh" : "zh-Hans"));
		recognised.traditional().forEach((n) -> addName(n, "zh-Hant"));
		recognised.english().forEach((n) -> addName(n, "en"));
	}

	void addName(String name, String script) {
		if (name == null || name.isBlank() || this.removedNames.contains(name)
				|| this.names.stream().anyMatch((n) -> n.name().equals(name))) {
			return;
		}
		this.names.add(new EntityName(name, script, EntityNames.fold(name)));
	}

	void removeName(String name) {
		this.names.removeIf((n) -> n.name().equals(name));
		if (!this.removedNames.contains(name)) {
			this.removedNames.add(name);
		}
		if (name.equals(this.name) && !this.names.isEmpty()) {
			this.name = this.names.getFirst().name();
		}
	}

	void mergeInto(EntityRecord target) {
		this.mergedInto = target.getId();
		this.names.forEach((n) -> target.addName(n.name(), n.script()));
		if (target.wikidataId == null) {
			target.wikidataId = this.wikidataId;
		}
		if (target.description == null) {
			target.description = this.description;
		}
	}

	void changeType(EntityType type) {
		this.type = type;
	}

	Long getId() {
		return this.id;
	}

	String getKey() {
		return this.key;
	}

	EntityType getType() {
		return this.type;
	}

	String getName() {
		return this.name;
	}

	String getWikidataId() {
		return this.wikidataId;
	}

	String getDescription() {
		return this.description;
	}

	Long getMergedInto() {
		return this.mergedInto;
	}

	List<EntityName> getNames() {
		return List.copyOf(this.names);
	}

}
