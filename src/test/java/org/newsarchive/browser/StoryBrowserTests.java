package org.newsarchive.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.web.SeedStory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story page and the search grouped by story in Chromium, at 1280 and 360 pixels wide
 * in both interface languages; screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class StoryBrowserTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	@BeforeAll
	static void launch() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		String configured = System.getenv("CHROMIUM_PATH");
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions()
				.setExecutablePath(
						Path.of((configured != null && !configured.isBlank()) ? configured : "/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void open() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

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

				go("/search?group=story&q=" + URLEncoder.encode("北约", StandardCharsets.UTF_8) + "&ui=" + ui);
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

	/** Nothing sticks out sideways: the page never scrolls horizontally. */
	private void assertFits(int width) {
		assertThat(((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue()).as(this.page.url())
			.isLessThanOrEqualTo(width);
	}

	private void go(String path) {
		Response response = this.page.navigate("http://localhost:" + this.port + path);
		assertThat(response.status()).as(path).isLessThan(400);
	}

	private void shoot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserTests.SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(true));
	}

}
