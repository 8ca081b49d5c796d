package org.newsarchive.entity;

/**
 * Which page of a list to show, counted from 1, and how long a page is.
 *
 * @param page the page, from 1
 * @param size how many entries a page has, at most {@link #MAX_SIZE}
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	public Paging {
		if (page < 1) {
			throw new IllegalArgumentException("The page counts from 1, not " + page + ".");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("A page holds 1 to " + MAX_SIZE + " entries, not " + size + ".");
		}
	}

	/**
	 * The page a request asks for, the first of the default size where it says nothing.
	 * @throws IllegalArgumentException for a page below 1 or a size out of range
	 */
	public static Paging of(Integer page, Integer size, int defaultSize) {
		return new Paging((page != null) ? page : 1, (size != null) ? size : defaultSize);
	}

	/**
	 * The same for a page a person reads: a number out of range shows the nearest page
	 * there is rather than an error.
	 */
	static Paging lenient(Integer page, Integer size, int defaultSize) {
		return new Paging((page != null) ? Math.max(page, 1) : 1,
				(size != null) ? Math.clamp(size, 1, MAX_SIZE) : defaultSize);
	}

	long offset() {
		return (long) (this.page - 1) * this.size;
	}

}
