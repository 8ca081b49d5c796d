package org.newsarchive.entity;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the pages of a list of people: the same list, another page.
 *
 * @param path the list's path, {@code /people} or {@code /api/people}
 * @param type the type it is filtered by, or null
 * @param q the name prefix it is filtered by, or null
 * @param size the page size, or null where the request left it to the default
 */
public record PeopleLinks(String path, EntityType type, String q, Integer size) {

	public String page(int page) {
		return UriComponentsBuilder.fromPath(this.path)
			.queryParamIfPresent("type", Optional.ofNullable(this.type))
			.queryParamIfPresent("q", Optional.ofNullable(this.q).filter((words) -> !words.isBlank()))
			.queryParam("page", page)
			.queryParamIfPresent("size", Optional.ofNullable(this.size))
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * An RFC 8288 {@code Link} header to the previous and the next page, or null where
	 * there is neither.
	 */
	String header(EntityPage<?> page) {
		StringBuilder links = new StringBuilder();
		if (page.hasPrevious()) {
			links.append('<').append(page(page.page() - 1)).append(">; rel=\"prev\"");
		}
		if (page.hasNext()) {
			links.append(links.isEmpty() ? "" : ", ")
				.append('<')
				.append(page(page.page() + 1))
				.append(">; rel=\"next\"");
		}
		return links.isEmpty() ? null : links.toString();
	}

}
