package org.newsarchive.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API answers to credentials sent with each request, never to a browser's
 * session: a page on another site cannot make a signed-in administrator's browser change
 * the archive.
 */
@ArchiveTest
class ApiSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSignedInBrowserSessionDoesNotAuthoriseTheApi() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("admin").password("test-password"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "x.txt", "text/plain", "text".getBytes()))
				.session(session))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/admin/reindex").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void scriptsSendTheirCredentialsWithEachRequest() throws Exception {
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void readingNeedsNoCredentials() throws Exception {
		this.mvc.perform(get("/api/articles")).andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("q", "北约")).andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/imports")).andExpect(status().isUnauthorized());
	}

	@Test
	void whatAnyoneMayReadTheyMayAlsoAskAboutWithHead() throws Exception {
		this.mvc.perform(head("/css/site.css")).andExpect(status().isOk());
		this.mvc.perform(head("/")).andExpect(status().isOk());
		this.mvc.perform(head("/api/search").param("q", "北约")).andExpect(status().isOk());
		this.mvc.perform(head("/api/admin/import-jobs")).andExpect(status().isUnauthorized());
		this.mvc.perform(head("/admin")).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownInterfaceLanguageIsIgnoredNotAnError() throws Exception {
		this.mvc.perform(get("/").param("ui", "zz!")).andExpect(status().isOk());
	}

	@Test
	void theLanguageSwitchKeepsTheSearch() throws Exception {
		this.mvc.perform(get("/search").param("q", "北约").param("source", "rfi-chinese").param("ui", "en"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers
					.containsString("href=\"/search?q=%E5%8C%97%E7%BA%A6&amp;source=rfi-chinese&amp;ui=zh-CN\"")));
	}

	/**
	 * A page on another site can make a browser send a form to the API with the Basic
	 * credentials it has cached; the browser says where the request comes from.
	 */
	@Test
	void aStateChangingRequestFromAnotherSiteIsRefused() throws Exception {
		for (var crossSite : List.<RequestPostProcessor>of(withHeader("Origin", "https://attacker.example"),
				withHeader("Origin", "null"), withHeader("Sec-Fetch-Site", "cross-site"),
				withHeader("Sec-Fetch-Site", "same-site"))) {
			this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "test-password")).with(crossSite))
				.andExpect(status().isForbidden())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.detail").value("The archive does not accept changes sent from another site."));
		}
		this.mvc
			.perform(post("/api/admin/reindex").with(httpBasic("admin", "test-password"))
				.with(withHeader("Origin", "http://localhost"))
				.with(withHeader("Sec-Fetch-Site", "same-origin")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/admin/reindex").with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/articles").with(withHeader("Origin", "https://attacker.example")))
			.andExpect(status().isOk());
	}

	static RequestPostProcessor withHeader(String name, String value) {
		return (request) -> {
			request.addHeader(name, value);
			return request;
		};
	}

}
