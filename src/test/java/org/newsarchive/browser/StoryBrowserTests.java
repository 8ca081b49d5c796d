package org.newsarchive.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.web.SeedStory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story page and the search grouped by story in Chromium, at 1280 and 360 pixels wide
 * in both interface languages; screenshots go to {@code target/screenshots/}.
 */
class StoryBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStoryPageAndTheGroupedSearchFitBothWidthsInBothLanguages() {
		SeedStory story = SeedStory.write(this.jdbc, true);
		for (String ui : List.of("en", "zh-CN")) {
			for (int width : new int[] { 1280, 360 }) {
				this.page.setViewportSize(width, (width > 500) ? 900 : 780);
				go("/stories/" + story.storyId + "?ui=" + ui);
				this.page.click(".same-text summary");
				assertThat(this.page.locator(".same-text ol h3 a").allTextContents())
					.containsExactly("NATO to open liaison office in Tokyo");
				assertThat(this.page.locator(".timeline > li > h3 a").count()).isEqualTo(2);
				assertFits(width);
				shoot("story-" + ui + "-" + width);

				go("/stories?ui=" + ui);
				assertFits(width);
				shoot("stories-" + ui + "-" + width);

				go("/search?group=story&q=" + encode("北约") + "&ui=" + ui);
				assertThat(this.page.locator(".in-story a").count()).isEqualTo(1);
				assertFits(width);
				shoot("search-grouped-" + ui + "-" + width);
			}
		}
		this.page.click(".in-story a");
		this.page.waitForURL("**story=" + story.storyId + "**");
		assertThat(this.page.locator(".results h3 a").count()).isEqualTo(3);
		assertThat(this.consoleErrors).isEmpty();
	}

}
