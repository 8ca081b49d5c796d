package org.newsarchive.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests a hostile client sends, against the real server: Tomcat decodes parameters and
 * parses uploads itself, which MockMvc does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.level.org.newsarchive.ingest.ImportService=INFO")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTests {

	static final List<String> BAD_ENCODINGS = List.of("%00", "%C0%80", "%ED%A0%80", "a%ZZ", "%E5%8C");

	static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:test-password".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	/** Where Tomcat stores the parts of an upload as it reads them. */
	@Value("#{servletContext.getAttribute('jakarta.servlet.context.tempdir').toPath()}")
	Path tempDirectory;

	@Autowired
	MockMvc mvc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aMalformedParameterIsABadRequestThatSaysSo() throws Exception {
		int articleId = JsonPath.read(get("/api/articles").body(), "$.items[0].id");
		for (String bad : BAD_ENCODINGS) {
			for (String page : List.of("/search", "/people", "/articles/" + articleId, "/")) {
				RawHttp.Response response = RawHttp.get(this.port, page + "?q=" + bad);
				assertThat(response.status()).as(page + "?q=" + bad).isEqualTo(400);
				assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
				assertThat(response.body()).contains("The address holds a parameter that cannot be read")
					.doesNotContain("Exception");
			}
			for (String api : List.of("/api/search", "/api/people")) {
				RawHttp.Response response = RawHttp.get(this.port, api + "?q=" + bad);
				assertThat(response.status()).as(api + "?q=" + bad).isEqualTo(400);
				assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
				assertThat(JsonPath.<String>read(response.body(), "$.detail")).startsWith(
						"The address holds a parameter that cannot be read: parameters are percent-encoded UTF-8");
			}
		}
	}

	@Test
	void anUploadThatIsNotMultipartIsAProblem() throws Exception {
		assertProblem(postImports(null, ""), 415, "Content-Type 'null' is not supported.");
		assertProblem(postImports("application/json", "{}"), 415, "Content-Type 'application/json' is not supported.");
		assertProblem(postImports("application/x-www-form-urlencoded", "file=x"), 415,
				"Content-Type 'application/x-www-form-urlencoded' is not supported.");
		assertProblem(postImports("multipart/form-data", "file=x"), 400,
				"The upload is not a readable multipart/form-data body.");
		assertProblem(postImports("multipart/form-data; boundary=b", "--b\r\n\r\nx\r\n--b--\r\n"), 400,
				"The upload is not a readable multipart/form-data body.");
		assertProblem(
				postImports("multipart/form-data; boundary=b",
						"--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n"),
				400, "Required part 'file' is not present.");
	}

	@Test
	void aNulInAFileNameIsABadRequestThatSaysSo() throws Exception {
		assertProblem(upload(Map.of("a\0b.txt", "not an article")), 400,
				"A file name in the upload holds a NUL character; rename the file.");
	}

	@Test
	void anUploadHoldsUpToAThousandFiles() throws Exception {
		HttpResponse<String> sixty = upload(files(60));
		assertThat(sixty.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(sixty.body(), "$[*].status")).hasSize(60).containsOnly("REJECTED");
		HttpResponse<String> thousand = upload(files(1000));
		assertThat(thousand.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(thousand.body(), "$[*].status")).hasSize(1000);
		assertProblem(upload(files(1001)), 413,
				"An upload holds at most 1000 files (archive.upload.max-files); send the others in another upload.");
	}

	/**
	 * Tomcat cannot tell a container from another file, so it lets through what a
	 * container may be; the importer then holds a file that is not one to the smaller
	 * limit.
	 */
	@Test
	void aFileOverTheImportLimitIsRefusedWithTheLimit() throws Exception {
		HttpResponse<String> text = upload(Map.of("big.txt", "a".repeat(10 * 1024 * 1024 + 1)));
		assertThat(text.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(text.body(), "$[0].status")).isEqualTo("REJECTED");
		assertThat(JsonPath.<String>read(text.body(), "$[0].error"))
			.isEqualTo("The file is 10485761 bytes, over the limit of 10485760 bytes.");
		assertProblem(upload(Map.of("big.zip", "a".repeat(100 * 1024 * 1024 + 1))), 413,
				"An upload holds files of at most 100 MB each (archive.ingest.max-container-size), 256 MB in all; "
						+ "a file that is not a zip, tar or gzip archive is read up to 10 MB (archive.ingest.max-file-size).");
	}

	/**
	 * Authentication is checked before the body is read: the refusal comes back while
	 * most of the body is still unsent, and nothing of it was stored on the way. (The
	 * client says it waits for an answer, {@code Expect: 100-continue}, as curl does for
	 * large bodies; otherwise Tomcat reads and drops up to 2 MB of an unread body before
	 * it finishes the answer.)
	 */
	@Test
	void anAnonymousUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
		byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		int declared = head.length + 8 * 1024 * 1024;
		byte[] firstMegabyte = Arrays.copyOf(head, head.length + 1024 * 1024);
		Arrays.fill(firstMegabyte, head.length, firstMegabyte.length, (byte) 'a');
		for (Map.Entry<String, Integer> target : Map.of("/api/imports", 401, "/api/admin/reindex", 401).entrySet()) {
			try (RawHttp raw = new RawHttp(this.port, 10_000)) {
				raw.send("POST " + target.getKey() + " HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: multipart/form-data; boundary=b\r\nExpect: 100-continue\r\n"
						+ "Content-Length: " + declared + "\r\n\r\n", firstMegabyte);
				RawHttp.Response answer = raw.read();
				assertThat(answer.status()).as(target.getKey()).isEqualTo(target.getValue());
				try (Stream<Path> spooled = Files.walk(this.tempDirectory)) {
					assertThat(spooled.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
						.noneMatch((name) -> name.startsWith("upload_"));
				}
			}
		}
	}

	@Test
	void aRawFileKeepsANameInAnyScript() throws Exception {
		int articleId = JsonPath.read(get("/api/articles").body(), "$.items[0].id");
		int rawId = JsonPath.read(get("/api/articles/" + articleId).body(), "$.origin.rawDocumentId");
		HttpResponse<String> raw = get("/raw/" + rawId + "?name=%E5%8C%97%E7%BA%A6%20%22Tokyo%22.txt");
		assertThat(raw.statusCode()).isEqualTo(200);
		assertThat(raw.headers().firstValue("Content-Disposition")).hasValue(
				"attachment; filename=\"__ \\\"Tokyo\\\".txt\"; filename*=UTF-8''%E5%8C%97%E7%BA%A6%20%22Tokyo%22.txt");
	}

	@Test
	void aFileNameCannotForgeALogLine(CapturedOutput output) throws Exception {
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "list.txt\r\nFORGED ERROR everything is lost", "text/plain",
						"eggs".getBytes(StandardCharsets.UTF_8)))
				.with(httpBasic("admin", "test-password")))
			.andExpect(status().isOk());
		assertThat(output.getOut()).contains("REJECTED \"list.txt<EOL><EOL>FORGED ERROR everything is lost\"")
			.doesNotContainPattern("(?m)^FORGED");
	}

	/**
	 * The review's probes, replayed: odd parameters on every page and API, odd methods,
	 * headers and bodies. None may get a 5xx.
	 */
	@Test
	void noProbeGetsAServerError() throws Exception {
		int articleId = JsonPath.read(get("/api/articles").body(), "$.items[0].id");
		List<String> targets = new ArrayList<>();
		for (String path : List.of("/", "/search", "/api/search", "/people", "/api/people", "/articles/" + articleId,
				"/sources", "/sources/guancha", "/search.atom", "/search.csv", "/search.json", "/sources/guancha.atom",
				"/api/articles", "/api/sources", "/api/people/1", "/people/1", "/search/help", "/admin", "/login",
				"/stories")) {
			for (String query : List.of("q=%00", "q=%C0%80", "q=%ED%A0%80", "q=%", "q=%G1", "q=%E5%8C", "%00=x",
					"q=a%00b", "q=\"", "q=(", "q=AND%20AND", "q=*", "q=-", "q=" + "x".repeat(600), "page=-1", "page=0",
					"page=2147483648", "size=0", "size=100000", "from=2023-02-30", "from=%00", "to=9999999999",
					"person=abc", "person=99999999999999999999", "lang=%00", "lang=xx", "sort=%00", "source=%00",
					"prefix=%00", "prefix=%C0%80", "type=%00", "ui=%00", "ui=%C0%80", "q=%E5%8C%97%E7%BA%A6&q=%00",
					"story=abc", "story=99999999999999999999", "story=-1", "group=%00", "group=x", "group=story")) {
				targets.add(path + "?" + query);
			}
		}
		targets.addAll(List.of("/stories/abc", "/stories/99999999999999999999", "/stories/-1", "/articles/abc",
				"/articles/99999999999999999999", "/articles/-1", "/people/abc", "/raw/abc?name=x", "/raw/1?name=%00",
				"/raw/1?name=%C0%80", "/raw/1", "/sources/%00", "/sources/%C0%80", "/sources/%00.atom",
				"/api/sources/%00", "/api/articles/abc", "/%2e%2e/%2e%2e/etc/passwd", "/static/../../pom.xml",
				"/css/%00.css", "/api/people?prefix=" + "%E5%8C%97".repeat(2000)));
		List<String> serverErrors = new ArrayList<>();
		for (String target : targets) {
			RawHttp.Response response = RawHttp.get(this.port, target);
			if (response.status() >= 500) {
				serverErrors.add(response.status() + " GET " + target);
			}
		}
		for (String head : List.of("TRACE / HTTP/1.1\r\nHost: localhost\r\n",
				"OPTIONS /api/imports HTTP/1.1\r\nHost: localhost\r\n",
				"PUT /api/articles/1 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n",
				"GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: %00;q=x, zz-ZZZZ-1\r\n",
				"GET /api/search HTTP/1.1\r\nHost: localhost\r\nAccept: application/xml\r\n",
				"GET /search HTTP/1.1\r\nHost: localhost\r\nAccept: text/nonsense;;;\r\n",
				"GET / HTTP/1.1\r\nHost: localhost\r\nCookie: archive-ui-language=%00\r\n",
				"GET /search.atom?q=x HTTP/1.1\r\nHost: [::1\r\n",
				"POST /api/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
						+ "\r\nContent-Length: 0\r\n",
				"POST /api/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
						+ "\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n",
				"POST /api/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
						+ "\r\nContent-Type: multipart/form-data; boundary=\r\nContent-Length: 0\r\n",
				"POST /api/imports?x=%00 HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
						+ "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 0\r\n",
				"POST /api/admin/people/1/names HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
						+ "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 14\r\n\r\nname=a%00&x=%C",
				"POST /api/admin/people/1/merge?into=abc HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
						+ "\r\nContent-Length: 0\r\n",
				"POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
						+ "Content-Length: 20\r\n\r\nusername=%C0%80&pa=1")) {
			String request = head.contains("\r\n\r\n") ? head : head + "Connection: close\r\n\r\n";
			String withClose = request.replaceFirst("\r\n", "\r\nConnection: close\r\n");
			RawHttp.Response response = RawHttp.exchange(this.port, withClose, new byte[0]);
			if (response.status() >= 500) {
				serverErrors.add(response.status() + " " + head.replace("\r\n", " | "));
			}
		}
		for (HttpResponse<String> upload : List.of(postImports(null, ""), postImports("application/json", "{}"),
				postImports("application/x-www-form-urlencoded", "file=x"), upload(Map.of("a\0.txt", "x")),
				upload(files(51)), upload(files(1001)))) {
			if (upload.statusCode() >= 500) {
				serverErrors.add(upload.statusCode() + " POST /api/imports " + upload.body());
			}
		}
		assertThat(serverErrors).as("%d probes", targets.size() + 20).isEmpty();
	}

	Map<String, String> files(int count) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			files.put("file-" + i + ".txt", "shopping list " + i);
		}
		return files;
	}

	HttpResponse<String> upload(Map<String, String> files) throws Exception {
		StringBuilder body = new StringBuilder();
		files
			.forEach((name, content) -> body.append("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
				.append(name)
				.append("\"\r\nContent-Type: text/plain\r\n\r\n")
				.append(content)
				.append("\r\n"));
		return postImports("multipart/form-data; boundary=b", body.append("--b--\r\n").toString());
	}

	HttpResponse<String> postImports(String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/imports"))
			.header("Authorization", ADMIN)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static void assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(JsonPath.<String>read(response.body(), "$.detail")).isEqualTo(detail);
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
