package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * What on an RFI page is not the article: newsletter and app promotion, share links and
 * their icons, scripts.
 */
final class RfiChrome {

	private static final String CHROME = "[data-selfpromo-newsletter], [data-selfpromo-app], [data-root-share], "
			+ "a[href*=share], a[href*=tweet], a[href^=whatsapp:], svg, script, style, noscript, iframe";

	private RfiChrome() {
	}

	/** Removes the chrome from a parsed fragment, in place. */
	static void strip(Element fragment) {
		fragment.select(CHROME).remove();
	}

	/**
	 * The article's paragraphs, chrome already stripped: the paragraph elements directly
	 * inside the block that holds most of them (the first of equals), without the lede.
	 * Directly inside only, so that promotion boxes nested in the article block stay out.
	 * Each block's paragraphs are counted once, among its own children: a {@code > p}
	 * query from every block walks all the blocks nested in it, and a comparator counts
	 * the leading block again for every other, both quadratic in the number of blocks.
	 */
	static List<String> bodyParagraphs(Element fragment, Element lede) {
		Element article = null;
		long most = -1;
		for (Element div : fragment.select("div")) {
			long count = div.children().stream().filter(RfiChrome::isParagraph).count();
			if (count > most) {
				article = div;
				most = count;
			}
		}
		List<String> paragraphs = new ArrayList<>();
		if (article != null) {
			article.children()
				.stream()
				.filter((child) -> isParagraph(child) && child != lede)
				.map((p) -> Whitespace.normalise(p.wholeText()))
				.filter((text) -> !text.isEmpty())
				.forEach(paragraphs::add);
		}
		return paragraphs;
	}

	private static boolean isParagraph(Element element) {
		return element.nameIs("p");
	}

}
