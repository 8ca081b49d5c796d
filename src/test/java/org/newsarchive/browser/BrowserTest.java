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

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a real port with the seeds imported, and Debian's Chromium driven by
 * Playwright: one browser per test class, a fresh British-English context per test,
 * console errors and dialogs collected. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
abstract class BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	final List<String> dialogs = new ArrayList<>();

	@BeforeAll
	static void launch() {
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
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
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("en-GB")
			.setExtraHTTPHeaders(Map.of("Accept-Language", "en-GB,en;q=0.9")));
		this.page = this.context.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
		this.page.onDialog((dialog) -> {
			this.dialogs.add(dialog.message());
			dialog.dismiss();
		});
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	void go(String path) {
		Response response = this.page.navigate(path.startsWith("http") ? path : url(path));
		assertThat(response.status()).as(path).isLessThan(400);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void shoot(String name) {
		this.page
			.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/** Nothing sticks out sideways: the page never scrolls horizontally. */
	void assertFits(int width) {
		assertThat(((Number) this.page.evaluate("document.documentElement.scrollWidth")).intValue()).as(this.page.url())
			.isLessThanOrEqualTo(width);
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static Path chromium() {
		String configured = System.getenv("CHROMIUM_PATH");
		Path path = Path.of((configured != null && !configured.isBlank()) ? configured : "/usr/bin/chromium");
		assertThat(path).as("Debian's chromium (apt-get install chromium fonts-noto-cjk, as .ci/run does)").exists();
		return path;
	}

}
