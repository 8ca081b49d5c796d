package org.newsarchive.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees and clicks, in Debian's Chromium driven by Playwright, against the
 * application on a real port with the seeds imported. Screenshots of every page at 1280
 * and 360 pixels wide go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTests extends BrowserTest {

	@Test
	@Order(2)
	void aReaderSearchesNarrowsOpensAnArticleAndFollowsAPerson() {
		go("/");
		this.page.fill("#site-q", "北约");
		this.page.press("#site-q", "Enter");
		this.page.waitForURL("**/search?q=*");
		assertThat(this.page.locator(".results > li").count()).isEqualTo(5);

		this.page.click(".facet a:text('RFI 法广中文')");
		this.page.waitForURL("**source=rfi-chinese**");
		assertThat(titles()).containsExactlyInAnyOrder("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作",
				"北约秘书长访日：在更危险的世界里，日本可指望北约与你们站在一起");

		this.page.click(".facet a:text('2023-06')");
		this.page.waitForURL("**from=2023-06-01**");
		assertThat(titles()).containsExactly("北约将提升与亚太伙伴四国关系，探索在网络安全等问题合作");

		this.page.click(".chip:has-text('2023-06-01')");
		this.page.waitForURL((url) -> !url.contains("from="));
		go(this.page.url().replace("/search?", "/search?size=1&"));
		assertThat(this.page.locator(".pager").textContent()).contains("1").contains("2");
		this.page.click(".pager a[rel=next]");
		this.page.waitForURL("**page=2**");
		assertThat(titles()).hasSize(1);

		this.page.click(".results h3 a");
		this.page.waitForSelector("article.article h1");
		this.page.click(".people-links a:text('斯托尔滕贝格')");
		this.page.waitForSelector(".person h1");
		assertThat(this.page.locator(".person h1").textContent()).isEqualTo("斯托尔滕贝格");
		assertThat(this.page.locator(".person .article-list > li").count()).isEqualTo(5);
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	@Order(3)
	void theDamagedTraditionalArticleShowsItsScriptTheNoticeAndNoChrome() {
		go("/search?q=" + encode("觀察者網"));
		this.page.click(".results h3 a");
		this.page.waitForSelector("article.article h1");
		assertThat(this.page.locator("article.article h1").textContent()).isEqualTo("針對中俄?日媒曝北約擬在東京設立亞洲首個聯絡處");
		assertThat(this.page.locator("article.article").getAttribute("lang")).isEqualTo("zh-Hant");
		assertThat(this.page.locator(".notice.damaged").textContent()).contains("9");
		String body = this.page.locator("article.article .body").textContent();
		assertThat(body).contains("設立").doesNotContain("shè").doesNotContain("特朗普").doesNotContain("相關推薦");
		shoot("article-002");
	}

	@Test
	@Order(4)
	void theBilingualArticleIsSideBySideOnAWideScreenAndStackedOnAPhone() {
		go("/search?q=" + encode("\"liaison office\""));
		this.page.click(".results h3 a");
		this.page.waitForSelector(".pair");
		BoundingBox english = this.page.locator(".pair >> nth=0 >> p[lang=en]").boundingBox();
		BoundingBox chinese = this.page.locator(".pair >> nth=0 >> p[lang=zh-Hans]").boundingBox();
		assertThat(chinese.x).isGreaterThan(english.x + english.width - 1);
		assertThat(Math.abs(chinese.y - english.y)).isLessThan(2);
		shoot("article-003");

		this.page.setViewportSize(360, 780);
		english = this.page.locator(".pair >> nth=0 >> p[lang=en]").boundingBox();
		chinese = this.page.locator(".pair >> nth=0 >> p[lang=zh-Hans]").boundingBox();
		assertThat(chinese.y).isGreaterThanOrEqualTo(english.y + english.height - 1);
		assertThat(Math.abs(chinese.x - english.x)).isLessThan(2);
	}

	@Test
	@Order(7)
	void anAdministratorSignsInAndUploadsAGoodAndABadFile() throws Exception {
		go("/admin");
		this.page.waitForURL("**/login");
		this.page.fill("#username", "admin");
		this.page.fill("#password", "test-password");
		this.page.click("form.stacked button[type=submit]");
		this.page.waitForURL("**/admin**");
		String good = Files.readString(Path.of("seeds", "004_60f1b6b1adb64af0.txt"))
			.replace("20230613-", "20230614-browser-")
			.replace("[北约将提升与亚太伙伴四国关系", "[上传测试：北约将提升与亚太伙伴四国关系");
		this.page.setInputFiles("#upload-files",
				new FilePayload[] { new FilePayload("good.txt", "text/plain", good.getBytes(StandardCharsets.UTF_8)),
						new FilePayload("bad.png", "image/png",
								new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }) });
		this.page.click("form[enctype='multipart/form-data'] button[type=submit]");
		this.page.waitForSelector(".upload-results");
		assertThat(this.page.locator(".upload-results tr.status-created").textContent()).contains("good.txt");
		assertThat(this.page.locator(".upload-results tr.status-rejected").textContent()).contains("bad.png")
			.contains("PNG");
		shoot("admin-1280");
		this.page.setViewportSize(360, 780);
		shoot("admin-360");
		go("/admin/people");
		shoot("admin-people-1280");
	}

	@Test
	@Order(8)
	void scriptInAnImportedArticleNeverRuns() throws Exception {
		String hostile = Files.readString(Path.of("seeds", "004_60f1b6b1adb64af0.txt"))
			.replace("20230613-", "20230613-hostile-")
			.replace("[北约将提升与亚太伙伴四国关系", "[注入测试：北约将提升与亚太伙伴四国关系")
			.replace("<p><span><span><span><span>上述四国",
					"<p>注入<script>alert('x')</script><img src=x onerror=\"alert('y')\">"
							+ "<a href=\"javascript:alert('z')\">点我</a></p><p><span><span><span><span>上述四国");
		APIResponse upload = this.context.request()
			.post(url("/api/imports"), RequestOptions.create()
				.setHeader("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("admin:test-password".getBytes(StandardCharsets.UTF_8)))
				.setMultipart(FormData.create()
					.set("file",
							new FilePayload("hostile.txt", "text/plain", hostile.getBytes(StandardCharsets.UTF_8)))));
		assertThat(upload.status()).isEqualTo(200);
		assertThat(upload.text()).contains("\"status\":\"CREATED\"");
		go("/search?q=" + encode("注入"));
		this.page.click(".results h3 a");
		this.page.waitForSelector("article.article h1");
		// Give anything that could run a moment to do so.
		this.page.waitForTimeout(300);
		assertThat(this.dialogs).isEmpty();
		assertThat(this.page.locator("article.article script").count()).isZero();
		assertThat(this.page.locator("article.article [onerror]").count()).isZero();
		assertThat(this.page.locator("a[href^='javascript:']").count()).isZero();
		assertThat(this.page.locator("article.article .body").textContent()).contains("注入");
		Response response = this.page.navigate(this.page.url());
		assertThat(response.headers().get("content-security-policy")).contains("script-src 'self'");
	}

	@Test
	@Order(5)
	void theInterfaceLanguageSwitches() {
		go("/");
		assertThat(this.page.locator(".site-nav").textContent()).contains("Articles").contains("Sources");
		this.page.click(".ui-language a[lang=zh-Hans]");
		this.page.waitForURL("**ui=zh-CN**");
		assertThat(this.page.locator(".site-nav").textContent()).contains("文章").contains("来源").contains("人物");
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("zh-Hans");
		shoot("home-zh-1280");
		go("/search?q=" + encode("北约"));
		shoot("search-zh-1280");
		go("/sources");
		assertThat(this.page.locator("h1").textContent()).isEqualTo("来源");
		this.page.click(".ui-language a[lang=en]");
		this.page.waitForURL("**ui=en**");
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Sources");
	}

	@Test
	@Order(6)
	void theSearchBoxSuggestsPeopleByAnyOfTheirNames() {
		go("/search/help");
		this.page.locator("#site-q").pressSequentially("Stol");
		this.page.waitForSelector("#site-q-suggestions [role=option]:text-is('斯托尔滕贝格')");
		assertThat(this.page.locator("#site-q").getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(this.page.locator("#site-q-suggestions [role=option]").allTextContents()).contains("斯托尔滕贝格");
		shoot("suggestions");
		this.page.press("#site-q", "ArrowDown");
		assertThat(this.page.locator("#site-q-suggestions [aria-selected=true]").textContent()).isEqualTo("斯托尔滕贝格");
		this.page.press("#site-q", "Enter");
		this.page.waitForURL("**/search?q=*");
		assertThat(this.page.locator("#q").inputValue()).isEqualTo("斯托尔滕贝格");
		assertThat(this.page.locator(".results > li").count()).isEqualTo(5);
		assertThat(this.page.locator(".also").textContent()).contains("Jens Stoltenberg");
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	@Order(1)
	void everyPageMeetsWcagAaAsAxeChecksIt() throws Exception {
		String axe = new String(
				getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js").readAllBytes(),
				StandardCharsets.UTF_8);
		// axe is injected by the test, so this one context lets a script the CSP would
		// stop.
		try (BrowserContext checking = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page checked = checking.newPage();
			for (String path : List.of("/", "/search?q=" + encode("北约"), "/search?q=zebra", "/search/help", "/sources",
					"/sources/guancha", "/people", "/login")) {
				checked.navigate(url(path));
				assertThat(violations(checked, axe)).as(path).isEmpty();
			}
			checked.navigate(url("/search?q=" + encode("北约")));
			for (String title : checked.locator(".results h3 a").allTextContents()) {
				checked.navigate(url("/search?q=" + encode("北约")));
				checked.click(".results h3 a:text-is('" + title + "')");
				checked.waitForSelector("article.article h1");
				assertThat(violations(checked, axe)).as(title).isEmpty();
			}
			checked.click(".people-links a >> nth=0");
			checked.waitForSelector(".person h1");
			assertThat(violations(checked, axe)).as("person page").isEmpty();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> violations(Page page, String axe) {
		page.evaluate(axe);
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
				async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })).violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.html).join(' | ') }))""");
		return found.stream().map((v) -> v.get("id") + ": " + v.get("nodes")).toList();
	}

	@Test
	@Order(2)
	void theArchiveCanBeUsedWithTheKeyboardAlone() {
		go("/");
		this.page.keyboard().press("Tab");
		assertThat(focused("className")).isEqualTo("skip");
		for (int i = 0; i < 5 && !"site-q".equals(focused("id")); i++) {
			this.page.keyboard().press("Tab");
		}
		assertThat(focused("id")).isEqualTo("site-q");
		assertThat(this.page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
		this.page.keyboard().type("liaison office");
		this.page.keyboard().press("Enter");
		this.page.waitForURL("**/search?q=*");
		for (int i = 0; i < 40
				&& !String.valueOf(this.page.evaluate("document.activeElement.closest('.results') != null"))
					.equals("true"); i++) {
			this.page.keyboard().press("Tab");
		}
		assertThat(this.page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).isNotEqualTo("none");
		this.page.keyboard().press("Enter");
		this.page.waitForSelector("article.article h1");
		assertThat(this.page.locator("article.article h1").textContent())
			.isEqualTo("NATO to open liaison office in Tokyo");
	}

	private String focused(String property) {
		return String.valueOf(this.page.evaluate("document.activeElement." + property));
	}

	@Test
	@Order(1)
	void screenshotsOfEveryPageAtTwoWidths() {
		for (int width : new int[] { 1280, 360 }) {
			this.page.setViewportSize(width, (width > 500) ? 900 : 780);
			go("/");
			shoot("home-" + width);
			go("/search?q=" + encode("北约"));
			shoot("search-" + width);
			go("/search?q=" + encode("乌龙茶"));
			shoot("search-empty-" + width);
			go("/sources");
			this.page.click(".source-cards a:text('RFI 法广中文')");
			this.page.waitForSelector(".source h1");
			shoot("source-" + width);
			go("/sources/guancha");
			shoot("source-guancha-" + width);
			for (String seed : List.of("000", "002", "003")) {
				go("/search?q=" + encode(switch (seed) {
					case "000" -> "小北约";
					case "002" -> "觀察者網";
					default -> "\"liaison office\"";
				}));
				this.page.click(".results h3 a");
				this.page.waitForSelector("article.article h1");
				shoot("article-" + seed + "-" + width);
			}
			go("/people");
			this.page.click(".people-table a:text('岸田文雄')");
			this.page.waitForSelector(".person h1");
			shoot("person-" + width);
			go("/search/help");
			shoot("help-" + width);
		}
		assertThat(SCREENSHOTS.resolve("person-360.png")).exists();
		assertThat(this.consoleErrors).isEmpty();
	}

	private List<String> titles() {
		return this.page.locator(".results h3 a").allTextContents();
	}

}
