package org.newsarchive.entity;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the entries on this page
 * @param page the page, from 1
 * @param size how many entries a page has
 * @param total how many entries the whole list has
 */
public record EntityPage<T>(List<T> items, int page, int size, long total) {

	public EntityPage {
		items = List.copyOf(items);
	}

	/** The position of the first entry on this page, from 1, or 0 on an empty page. */
	public long first() {
		return this.items.isEmpty() ? 0 : (long) (this.page - 1) * this.size + 1;
	}

	/** The position of the last entry on this page. */
	public long last() {
		return this.items.isEmpty() ? 0 : first() + this.items.size() - 1;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return (long) this.page * this.size < this.total;
	}

}
