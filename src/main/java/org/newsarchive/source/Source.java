package org.newsarchive.source;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An outlet whose articles the archive keeps. */
@Entity
@Table(name = "sources")
public class Source {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String homepage;

	private String language;

	private String description;

	protected Source() {
	}

	/** A source as the catalogue keeps it: read with JDBC, never managed by Hibernate. */
	Source(Long id, String slug, String name, String homepage, String language, String description) {
		this.id = id;
		this.slug = slug;
		this.name = name;
		this.homepage = homepage;
		this.language = language;
		this.description = description;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getHomepage() {
		return this.homepage;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getDescription() {
		return this.description;
	}

	/** Gives the source the name an administrator chose; its slug stays. */
	void rename(String name) {
		this.name = name;
	}

	public SourceRef ref() {
		return new SourceRef(this.slug, this.name);
	}

}
