package org.newsarchive.ingest;

import java.util.List;

import org.newsarchive.article.Block;
import org.newsarchive.article.Image;

/**
 * An article read from a full web page: what the page states about itself and the text of
 * its main content.
 *
 * @param title the headline, without the site name the {@code <title>} may add
 * @param authors the people the page names as authors, in its order; empty if none
 * @param published when the page says it was published, or {@code null}
 * @param canonicalUrl the page's own address ({@code <link rel=canonical>},
 * {@code og:url}, JSON-LD {@code url}), or {@code null}
 * @param siteName the outlet as the page names itself (its metadata, else what its
 * {@code <title>} adds after the headline), or {@code null}
 * @param language the page's language tag ({@code zh-Hans}), or {@code null}
 * @param lede the page's summary, else the first paragraph of the body; {@code null} when
 * the body is empty
 * @param body paragraphs, sub-headings and images of the main content, in page order
 * @param images the images of the main content, which image blocks point into
 */
record ExtractedPage(String title, List<String> authors, PageTime published, String canonicalUrl, String siteName,
		String language, String lede, List<Block> body, List<Image> images) {

	/** The body's text blocks, one a line: what a reader reads. */
	String text() {
		StringBuilder text = new StringBuilder();
		for (Block block : this.body) {
			if (block.kind() != Block.Kind.IMAGE) {
				text.append(block.text()).append('\n');
			}
		}
		return text.toString().strip();
	}

}
