package org.newsarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.article.ArticleView;
import org.newsarchive.article.Block;
import org.newsarchive.article.EntityRef;
import org.newsarchive.article.Image;

/**
 * An article laid out for its page: the body as rows, where a row is one block, or for a
 * bilingual article the blocks of one pair side by side.
 */
public record ArticlePage(ArticleView article, List<Row> rows, TermMarker marker) {

	static ArticlePage of(ArticleView article, TermMarker marker) {
		List<Row> rows = new ArrayList<>();
		for (Block block : article.body()) {
			Row last = rows.isEmpty() ? null : rows.getLast();
			if (block.pair() != null && last != null && block.pair().equals(last.pair())) {
				last.blocks().add(block);
			}
			else {
				rows.add(new Row(block.pair(), new ArrayList<>(List.of(block))));
			}
		}
		return new ArticlePage(article, rows, marker);
	}

	/** A text of the article, escaped, with the words the reader searched for marked. */
	public String marked(String text) {
		return this.marker.mark(text);
	}

	/** The entities the article names, people first, then organisations, then places. */
	public Map<String, List<EntityRef>> entitiesByType() {
		Map<String, List<EntityRef>> byType = new LinkedHashMap<>();
		for (String type : List.of("PERSON", "ORGANISATION", "PLACE")) {
			List<EntityRef> ofType = this.article.people().stream().filter((e) -> e.type().equals(type)).toList();
			if (!ofType.isEmpty()) {
				byType.put(type, ofType);
			}
		}
		return byType;
	}

	public Image image(Block block) {
		return (block.image() != null && block.image() < this.article.images().size())
				? this.article.images().get(block.image()) : null;
	}

	/** Pictures the body does not place, shown with the lede. */
	public List<Image> unplacedImages() {
		List<Integer> placed = this.article.body().stream().map(Block::image).filter((i) -> i != null).toList();
		List<Image> unplaced = new ArrayList<>();
		for (int i = 0; i < this.article.images().size(); i++) {
			if (!placed.contains(i)) {
				unplaced.add(this.article.images().get(i));
			}
		}
		return unplaced;
	}

	public record Row(Integer pair, List<Block> blocks) {

		public boolean paired() {
			return this.pair != null && this.blocks.size() > 1;
		}

	}

}
