package org.newsarchive.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record StoredContributor(String name, @Enumerated(EnumType.STRING) Contributor.Role role,
		@Column(name = "other_name") String otherName, String email) {

	static StoredContributor of(Contributor contributor) {
		return new StoredContributor(contributor.name(), contributor.role(), contributor.otherName(),
				contributor.email());
	}

	Contributor toContributor() {
		return new Contributor(this.name, this.role, this.otherName, this.email);
	}

}
