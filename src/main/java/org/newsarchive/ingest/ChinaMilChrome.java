package org.newsarchive.ingest;

import java.util.List;

/**
 * Where a China Military Online article ends: the related-news list and the back link.
 */
final class ChinaMilChrome {

	private static final List<String> END_MARKERS = List.of("Related News", "back");

	private ChinaMilChrome() {
	}

	/** The lines before the first end marker, or all of them where there is none. */
	static List<String> cut(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (END_MARKERS.contains(lines.get(i).strip())) {
				return lines.subList(0, i);
			}
		}
		return lines;
	}

}
