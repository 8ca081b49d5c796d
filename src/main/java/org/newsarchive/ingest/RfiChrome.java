package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.Comparator;
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
	 * inside the block that holds most of them, without the lede. Directly inside only,
	 * so that promotion boxes nested in the article block stay out. Counted among each
	 * block's children: a {@code > p} query from every block walks all the blocks nested
	 * in it, which is quadratic in the nesting depth.
	 */
	static List<String> bodyParagraphs(Element fragment, Element lede) {
		List<String> paragraphs = new ArrayList<>();
		fragment.select("div")
			.stream()
			.max(Comparator.comparingInt((div) -> paragraphsIn(div).size()))
			.ifPresent((article) -> paragraphsIn(article).stream()
				.filter((p) -> p != lede)
				.map((p) -> Whitespace.normalise(p.wholeText()))
				.filter((text) -> !text.isEmpty())
				.forEach(paragraphs::add));
		return paragraphs;
	}

	private static List<Element> paragraphsIn(Element block) {
		return block.children().stream().filter((child) -> child.nameIs("p")).toList();
	}

}
