package org.newsarchive.search;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.newsarchive.text.ChineseScript;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The article index on an OpenSearch cluster, one document per article replaced whole,
 * analysed as the embedded index is: smartcn words and character bigrams for Chinese,
 * folded to simplified script by a {@code mapping} char filter made from
 * {@link ChineseScript}'s table, and OpenSearch's English analyzer (Lucene's) for
 * English.
 * <p>
 * Searches go to an alias; a rebuild fills a new index and then moves the alias in one
 * step, so searches are answered, completely, throughout, and writes made while it fills
 * go to the new index too. As in the embedded index, a search sees every write that
 * returned before it began: the first search after a write refreshes the index.
 */
final class OpenSearchIndex implements SearchIndex, Closeable {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final int PAGE = 5_000;

	private final ApacheHttpClient5Transport transport;

	private final OpenSearchGenericClient client;

	private final String alias;

	/** Where writes go: the alias, or the new index of a rebuild. */
	private final String target;

	/** The new index a rebuild is filling, which writes to the alias go to as well. */
	private volatile String filling;

	private final AtomicLong written = new AtomicLong();

	/** How many times a search is asked while rebuilds drop the index under it. */
	private static final int ATTEMPTS = 5;

	/** How long the first repeated search waits; each one after waits twice as long. */
	private static final long FIRST_WAIT_MILLIS = 25;

	private final Object refreshing = new Object();

	private volatile long refreshedTo;

	/**
	 * Connects, and creates the index behind the alias where there is none.
	 * @param alias the name searches use; the indexes behind it are named after it
	 */
	OpenSearchIndex(URI url, String user, String password, String alias) {
		HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
		ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host);
		if (user != null && !user.isBlank()) {
			BasicCredentialsProvider credentials = new BasicCredentialsProvider();
			credentials.setCredentials(new AuthScope(host),
					new UsernamePasswordCredentials(user, (password != null) ? password.toCharArray() : new char[0]));
			builder.setHttpClientConfigCallback((client) -> client.setDefaultCredentialsProvider(credentials));
		}
		this.transport = builder.build();
		this.client = new OpenSearchGenericClient(this.transport);
		this.alias = alias;
		this.target = alias;
		if (call("HEAD", "/_alias/" + alias, null, true) == null) {
			// Instances starting together all get here: they create the same first index,
			// and all but one are told it exists already; adding the alias twice is one
			// alias.
			String first = alias + "-0";
			createIndex(first, true);
			call("POST", "/_aliases", actions(List.of(addAlias(first))), false);
		}
	}

	/** The name searches use. */
	String alias() {
		return this.alias;
	}

	/** Writes to one index behind the alias, with the parent's connection. */
	private OpenSearchIndex(OpenSearchIndex parent, String target) {
		this.transport = parent.transport;
		this.client = parent.client;
		this.alias = parent.alias;
		this.target = target;
	}

	@Override
	public void indexAll(Collection<IndexedArticle> articles) {
		bulkInto(writeTargets(), articles);
		this.written.incrementAndGet();
	}

	@Override
	public void deleteAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		StringBuilder lines = new StringBuilder();
		for (String index : writeTargets()) {
			for (long id : ids) {
				lines.append(JSON.writeValueAsString(OpenSearchQueries.object("delete",
						NODES.objectNode().put("_index", index).put("_id", Long.toString(id)))))
					.append('\n');
			}
		}
		bulk(lines.toString());
		this.written.incrementAndGet();
	}

	@Override
	public Map<Long, Long> indexedVersions() {
		Map<Long, Long> versions = new HashMap<>();
		eachHit(NODES.objectNode().set("match_all", NODES.objectNode()), List.of(SearchFields.VERSION),
				(hit) -> versions.put(hit.path("_source").path(SearchFields.ID).asLong(),
						hit.path("_source").path(SearchFields.VERSION).asLong()));
		return versions;
	}

	@Override
	public int count() {
		refreshIfWritten();
		return onAlias("/_count", null).path("count").asInt();
	}

	/**
	 * Fills a new index and moves the alias to it, then removes the old one; searches go
	 * to the old index until the new one is complete. Writes while it fills go to both,
	 * so that the new index misses none of them.
	 */
	@Override
	public synchronized void rebuild(Consumer<SearchIndex> fill) {
		String index = this.alias + "-" + Instant.now().toEpochMilli();
		createIndex(index, false);
		OpenSearchIndex fresh = new OpenSearchIndex(this, index);
		List<String> old = behindAlias();
		this.filling = index;
		try {
			fill.accept(fresh);
			call("POST", "/" + index + "/_refresh", null, false);
			ArrayNode actions = NODES.arrayNode();
			actions.add(addAlias(index));
			old.forEach((name) -> actions
				.add(OpenSearchQueries.object("remove_index", NODES.objectNode().put("index", name))));
			call("POST", "/_aliases", actions(actions), false);
		}
		finally {
			this.filling = null;
		}
		this.written.incrementAndGet();
	}

	/**
	 * Runs a search on the alias, after a refresh where a write returned since the last
	 * one.
	 */
	JsonNode search(ObjectNode body) {
		refreshIfWritten();
		return onAlias("/_search", body);
	}

	/**
	 * Asks the index behind the alias. A rebuild, on this instance or another, drops the
	 * index the alias named a moment ago, and a search that began on it fails (503, all
	 * shards failed): it is asked again, of the index the alias names now, once the node
	 * has caught up with the move. Asked at once, a CI run's three attempts all failed so
	 * while rebuilds ran one after the other; so each attempt waits twice as long as the
	 * one before, up to {@value #ATTEMPTS} attempts (0.4 s of waiting in all). A read
	 * whose connection failed is asked again too: a search changes nothing, but it is a
	 * POST, which the HTTP client does not send again itself.
	 */
	private JsonNode onAlias(String endpoint, ObjectNode body) {
		long wait = FIRST_WAIT_MILLIS;
		for (int attempt = 1;; attempt++) {
			try {
				return call("POST", "/" + this.alias + endpoint, body, false);
			}
			catch (IllegalStateException | UncheckedIOException ex) {
				if (attempt == ATTEMPTS || !(ex instanceof UncheckedIOException || droppedUnder(ex))) {
					throw ex;
				}
			}
			pause(wait);
			wait *= 2;
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to ask OpenSearch again", ex);
		}
	}

	private static boolean droppedUnder(RuntimeException ex) {
		String message = ex.getMessage() + ((ex.getCause() != null) ? ex.getCause().getMessage() : "");
		return message.contains("all shards failed") || message.contains("index_not_found_exception");
	}

	/** The indexes a write goes to: the alias, and the new index a rebuild fills. */
	private List<String> writeTargets() {
		String fresh = this.filling;
		return (fresh != null) ? List.of(this.target, fresh) : List.of(this.target);
	}

	/** Every hit of a query in id order, a page at a time. */
	void eachHit(ObjectNode query, List<String> source, Consumer<JsonNode> each) {
		refreshIfWritten();
		JsonNode after = null;
		while (true) {
			ObjectNode body = NODES.objectNode().put("size", PAGE).put("track_total_hits", false);
			body.set("query", query);
			ArrayNode fields = body.putArray("_source");
			fields.add(SearchFields.ID);
			source.forEach(fields::add);
			body.putArray("sort").add(NODES.objectNode().put(SearchFields.ID, "asc"));
			if (after != null) {
				body.set("search_after", after);
			}
			JsonNode hits = search(body).path("hits").path("hits");
			hits.forEach(each);
			if (hits.size() < PAGE) {
				return;
			}
			after = hits.get(hits.size() - 1).path("sort");
		}
	}

	private void bulkInto(List<String> indexes, Collection<IndexedArticle> articles) {
		if (articles.isEmpty()) {
			return;
		}
		StringBuilder lines = new StringBuilder();
		for (IndexedArticle article : articles) {
			String document = JSON.writeValueAsString(document(article));
			for (String index : indexes) {
				lines
					.append(JSON.writeValueAsString(OpenSearchQueries.object("index",
							NODES.objectNode().put("_index", index).put("_id", Long.toString(article.id())))))
					.append('\n')
					.append(document)
					.append('\n');
			}
		}
		bulk(lines.toString());
	}

	private void bulk(String lines) {
		JsonNode response = call("POST", "/_bulk", lines, false);
		if (response.path("errors").asBoolean()) {
			for (JsonNode item : response.path("items")) {
				JsonNode error = item.properties().iterator().next().getValue().path("error");
				if (!error.isMissingNode() && !error.isNull()) {
					throw new IllegalStateException("OpenSearch refused a document: " + error);
				}
			}
		}
	}

	static ObjectNode document(IndexedArticle article) {
		ObjectNode doc = NODES.objectNode();
		doc.put(SearchFields.ID, article.id());
		doc.put(SearchFields.VERSION, article.version());
		ArticleDocuments.texts(article).forEach((field, text) -> {
			doc.put(field, text);
			if (SearchFields.isChinese(field) && !field.equals(SearchFields.NAMES)) {
				doc.put(field + SearchFields.BIGRAMS, text);
			}
		});
		doc.put(SearchFields.SOURCE, article.sourceSlug());
		ArrayNode tags = doc.putArray(SearchFields.LANGUAGE_TAG);
		article.languages().forEach(tags::add);
		ArrayNode languages = doc.putArray(SearchFields.LANGUAGE);
		ArticleDocuments.matchableLanguages(article).forEach(languages::add);
		ArrayNode people = doc.putArray(SearchFields.PERSON);
		article.personIds().forEach((id) -> people.add(Long.toString(id)));
		if (article.publishedEarliest() != null) {
			ArticleDocuments.Period period = ArticleDocuments.period(article);
			doc.put(SearchFields.PUBLISHED, article.publishedEarliest());
			doc.put(SearchFields.PUBLISHED_FIRST_DAY, period.first().toEpochDay());
			doc.put(SearchFields.PUBLISHED_LAST_DAY, period.last().toEpochDay());
			if (period.month() != null) {
				doc.put(SearchFields.MONTH, period.month());
			}
		}
		return doc;
	}

	/**
	 * @param existingIsFine whether an index of that name, created by another instance
	 * starting at the same moment, will do
	 */
	private void createIndex(String index, boolean existingIsFine) {
		try {
			call("PUT", "/" + index, indexDefinition(), false);
		}
		catch (IllegalStateException ex) {
			if (!existingIsFine || !ex.getMessage().contains("resource_already_exists_exception")) {
				throw ex;
			}
		}
	}

	private List<String> behindAlias() {
		JsonNode aliases = call("GET", "/_alias/" + this.alias, null, true);
		if (aliases == null) {
			return List.of();
		}
		List<String> indexes = new ArrayList<>();
		for (Iterator<String> names = aliases.propertyNames().iterator(); names.hasNext();) {
			indexes.add(names.next());
		}
		return indexes;
	}

	private ObjectNode addAlias(String index) {
		return OpenSearchQueries.object("add", NODES.objectNode().put("index", index).put("alias", this.alias));
	}

	private static ObjectNode actions(List<ObjectNode> actions) {
		ArrayNode array = NODES.arrayNode();
		actions.forEach(array::add);
		return actions(array);
	}

	private static ObjectNode actions(ArrayNode actions) {
		ObjectNode body = NODES.objectNode();
		body.set("actions", actions);
		return body;
	}

	/**
	 * Settings and mappings: the analysis of {@link SearchAnalyzers}, in OpenSearch's
	 * terms.
	 */
	static ObjectNode indexDefinition() {
		ObjectNode definition = NODES.objectNode();
		ObjectNode settings = definition.putObject("settings");
		settings.put("number_of_shards", 1).put("number_of_replicas", 0);
		ObjectNode analysis = settings.putObject("analysis");
		ArrayNode folds = analysis.putObject("char_filter")
			.putObject("traditional_to_simplified")
			.put("type", "mapping")
			.putArray("mappings");
		ChineseScript.folds()
			.forEach((from, to) -> folds.add(Character.toString(from) + "=>" + Character.toString(to)));
		ObjectNode filters = analysis.putObject("filter");
		ArrayNode stopWords = filters.putObject("chinese_stop").put("type", "stop").putArray("stopwords");
		chineseStopWords().forEach(stopWords::add);
		ObjectNode analyzers = analysis.putObject("analyzer");
		ObjectNode chinese = analyzers.putObject("chinese").put("type", "custom").put("tokenizer", "smartcn_tokenizer");
		chinese.putArray("char_filter").add("traditional_to_simplified");
		chinese.putArray("filter").add("chinese_stop").add("porter_stem");
		ObjectNode bigrams = analyzers.putObject("chinese_bigrams").put("type", "custom").put("tokenizer", "standard");
		bigrams.putArray("char_filter").add("traditional_to_simplified");
		bigrams.putArray("filter").add("cjk_width").add("lowercase").add("cjk_bigram");
		ObjectNode properties = definition.putObject("mappings").put("dynamic", "strict").putObject("properties");
		properties.putObject(SearchFields.ID).put("type", "long");
		properties.putObject(SearchFields.VERSION).put("type", "long");
		for (String field : SearchFields.SEARCHED.keySet()) {
			String analyzer = SearchFields.isBigrams(field) ? "chinese_bigrams"
					: SearchFields.isChinese(field) ? "chinese" : "english";
			properties.putObject(field).put("type", "text").put("analyzer", analyzer);
		}
		for (String field : List.of(SearchFields.SOURCE, SearchFields.LANGUAGE, SearchFields.LANGUAGE_TAG,
				SearchFields.PERSON, SearchFields.MONTH)) {
			properties.putObject(field).put("type", "keyword");
		}
		properties.putObject(SearchFields.PUBLISHED).put("type", "long");
		properties.putObject(SearchFields.PUBLISHED_FIRST_DAY).put("type", "integer");
		properties.putObject(SearchFields.PUBLISHED_LAST_DAY).put("type", "integer");
		return definition;
	}

	/** The stop words of {@link ChineseAnalyzer}: smartcn's punctuation and English's. */
	private static List<String> chineseStopWords() {
		CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
		words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return words.stream().map((word) -> new String((char[]) word)).sorted().toList();
	}

	private void refreshIfWritten() {
		if (this.refreshedTo < this.written.get()) {
			synchronized (this.refreshing) {
				long target = this.written.get();
				if (this.refreshedTo < target) {
					call("POST", "/" + this.alias + "/_refresh", null, false);
					this.refreshedTo = target;
				}
			}
		}
	}

	/**
	 * @param missingIsNull whether a 404 answers null rather than failing
	 */
	JsonNode call(String method, String endpoint, Object body, boolean missingIsNull) {
		Requests.JsonBodyBuilder request = Requests.builder().method(method).endpoint(endpoint);
		if (body instanceof String lines) {
			request.body(Body.from(lines.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"));
		}
		else if (body != null) {
			request.json(JSON.writeValueAsString(body));
		}
		try (Response response = this.client.execute(request.build())) {
			if (response.getStatus() == 404 && missingIsNull) {
				return null;
			}
			String text = response.getBody().map(Body::bodyAsString).orElse("{}");
			if (response.getStatus() >= 400) {
				throw new IllegalStateException(
						"OpenSearch answered " + response.getStatus() + " to " + method + " " + endpoint + ": " + text);
			}
			return text.isBlank() ? NODES.objectNode() : JSON.readTree(text);
		}
		catch (ResponseException ex) {
			// The transport itself turns some answers (503 among them) into exceptions.
			throw new IllegalStateException(
					"OpenSearch answered " + ex.status() + " to " + method + " " + endpoint + ": " + ex.getMessage(),
					ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("OpenSearch could not be reached at " + endpoint + ": " + ex, ex);
		}
	}

	@Override
	public void close() throws IOException {
		if (this.target.equals(this.alias)) {
			this.transport.close();
		}
	}

}
