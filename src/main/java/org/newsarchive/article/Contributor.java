package org.newsarchive.article;

/**
 * A person credited with the article.
 *
 * @param name the name as the byline gives it
 * @param role what they did
 * @param otherName the same person's name in another script or language, or null
 * @param email an address the byline gives, or null
 */
public record Contributor(String name, Role role, String otherName, String email) {

	public Contributor(String name, Role role) {
		this(name, role, null, null);
	}

	public enum Role {

		AUTHOR, EDITOR, PHOTOGRAPHER

	}

}
