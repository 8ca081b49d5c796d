package org.newsarchive.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin pages: sign-in, uploads, history, originals and the index rebuild. Uploads
 * add articles, so the context is not handed on to other tests.
 */
@ArchiveTest
@DirtiesContext
class AdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void signedOutTheAdminPageSendsToTheSignIn() throws Exception {
		this.mvc.perform(get("/admin").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theAdminPageHasItsFormsWithCsrfTokensAndASignOut() throws Exception {
		this.mvc.perform(get("/admin").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content()
				.string(containsString("<input id=\"upload-files\" type=\"file\" name=\"file\" multiple>")))
			.andExpect(content().string(containsString("action=\"/logout\"")))
			.andExpect(content().string(containsString("action=\"/admin/reindex\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("href=\"/admin/people\"")))
			.andExpect(content().string(containsString("startup:seeds")));
	}

	@Test
	void theBackupLinkDownloadsTheWholeArchiveForTheSignedInAdminOnly() throws Exception {
		this.mvc.perform(get("/admin").with(admin()))
			.andExpect(content().string(containsString("href=\"/admin/backup\" download")));
		byte[] zip = this.mvc.perform(get("/admin/backup").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains("tables/articles.copy", "tables/raw_documents.copy", "tables/entities.copy",
				"manifest.json");
		this.mvc.perform(get("/admin/backup").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anUploadShowsEachFilesResultAndJoinsTheHistory() throws Exception {
		byte[] copy = new String(ImportApiTests.seed("004_60f1b6b1adb64af0.txt"), StandardCharsets.UTF_8)
			.replace("20230613-", "20230613-admin-copy-")
			.getBytes(StandardCharsets.UTF_8);
		String page = this.mvc
			.perform(multipart("/admin/imports").file(ImportApiTests.file("copy-of-004.txt", copy))
				.file(ImportApiTests.file("picture.png", ImportApiTests.PNG))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String results = page.substring(page.indexOf("upload-results"), page.indexOf("</table>"));
		assertThat(results).containsSubsequence("copy-of-004.txt", "<td class=\"status\">CREATED</td>",
				"href=\"/articles/", "picture.png", "<td class=\"status\">REJECTED</td>", "PNG");
		String history = page.substring(page.indexOf("history-heading"));
		assertThat(history).containsSubsequence("(upload)", "copy-of-004.txt", "CREATED", "picture.png", "REJECTED",
				"href=\"/admin/raw/", "href=\"/raw/");
	}

	@Test
	void aRejectedOriginalIsShownEscapedWhenItIsText() throws Exception {
		String hostile = "<script>alert('x')</script> not an article";
		String page = this.mvc
			.perform(multipart("/admin/imports")
				.file(ImportApiTests.file("note.txt", hostile.getBytes(StandardCharsets.UTF_8)))
				.with(admin())
				.with(csrf()))
			.andExpect(content().string(containsString("REJECTED")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher link = Pattern.compile("href=\"(/admin/raw/\\d+\\?name=note.txt)\"").matcher(page);
		assertThat(link.find()).isTrue();
		this.mvc.perform(get(link.group(1)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<pre>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; not an article</pre>")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void aBinaryOriginalIsOnlyOfferedForDownload() throws Exception {
		String page = this.mvc
			.perform(multipart("/admin/imports").file(ImportApiTests.file("other.png",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1,
							2 }))
				.with(admin())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher link = Pattern.compile("href=\"(/admin/raw/\\d+\\?name=other.png)\"").matcher(page);
		assertThat(link.find()).isTrue();
		this.mvc.perform(get(link.group(1)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<pre"))))
			.andExpect(content().string(containsString("This file is not UTF-8 text")));
	}

	@Test
	void theRebuildButtonReindexesEveryArticle() throws Exception {
		this.mvc.perform(post("/admin/reindex").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*Index rebuilt: \\d+ articles indexed, 0 removed\\..*")));
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/admin/reindex").with(admin())).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/admin/imports").file(ImportApiTests.file("picture.png", ImportApiTests.PNG))
				.with(admin()))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingOutNeedsTheTokenAndEndsTheSession() throws Exception {
		this.mvc.perform(post("/logout").accept(MediaType.TEXT_HTML).with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
