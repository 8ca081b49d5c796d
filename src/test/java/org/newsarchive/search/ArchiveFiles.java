package org.newsarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Articles made up for a test, uploaded as one JSON Lines file through
 * {@code POST /api/imports}, the way a collection comes in.
 */
public final class ArchiveFiles {

	private ArchiveFiles() {
	}

	/** One article of the file, as the JSON dump reader maps its fields. */
	public record Item(String title, String text, String date, String url, String site) {

		String json() {
			String date = (this.date != null) ? ",\"date\":\"" + this.date + "\"" : "";
			return "{\"title\":\"" + this.title + "\",\"content\":\"" + this.text + "\"" + date + ",\"url\":\""
					+ this.url + "\",\"website\":\"" + this.site + "\"}";
		}

	}

	public static void upload(MockMvc mvc, String fileName, List<Item> items) throws Exception {
		String lines = String.join("\n", items.stream().map(Item::json).toList()) + "\n";
		mvc.perform(multipart("/api/imports")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream",
					lines.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("admin", "test-password"))).andExpect(status().isOk());
	}

}
