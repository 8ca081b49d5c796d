package org.newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs {@link SearchQuery searches} on an {@link OpenSearchIndex}, with the results the
 * embedded {@link ArticleSearch} gives: the same query language, filters, orders and
 * pages, facets as aggregations, and snippets in the article's own script with matches in
 * {@code <mark>}.
 */
final class OpenSearchSearch implements SearchEngine {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Marks OpenSearch puts around a match, replaced once the text is escaped. */
	private static final String MARK_START = "\uE000";

	private static final String MARK_END = "\uE001";

	/** More values than any facet shows, so that the service can tell one was cut. */
	private static final int FACET_VALUES = 10_000;

	private final OpenSearchIndex index;

	OpenSearchSearch(OpenSearchIndex index) {
		this.index = index;
	}

	@Override
	public SearchResult search(SearchQuery request) {
		long started = System.nanoTime();
		ObjectNode body = NODES.objectNode();
		body.set("query", query(request));
		body.put("from", (request.page() - 1) * request.size()).put("size", request.size());
		body.put("track_total_hits", true);
		body.set("sort", sort(request));
		body.putArray("_source").add(SearchFields.ID);
		if (request.hasText()) {
			body.set("highlight", highlight());
		}
		body.set("aggs", aggregations());
		JsonNode response = this.index.search(body);
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (JsonNode hit : response.path("hits").path("hits")) {
			long id = hit.path("_source").path(SearchFields.ID).asLong();
			String snippet = snippet(hit.path("highlight"));
			hits.add(new SearchResult.Hit(id, hit.path("_score").isNumber() ? hit.path("_score").floatValue() : 1f,
					(snippet != null) ? snippet : opening(id)));
		}
		JsonNode aggregations = response.path("aggregations");
		SearchResult.Facets facets = new SearchResult.Facets(counts(aggregations, SearchFields.SOURCE),
				counts(aggregations, SearchFields.MONTH), counts(aggregations, SearchFields.LANGUAGE_TAG),
				counts(aggregations, SearchFields.PERSON));
		long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		return new SearchResult(response.path("hits").path("total").path("value").asLong(), request.page(),
				request.size(), tookMs, hits, facets);
	}

	@Override
	public List<Long> matchingIds(SearchQuery request) {
		List<Long> ids = new ArrayList<>();
		JsonNode after = null;
		while (true) {
			ObjectNode body = NODES.objectNode().put("size", SearchQuery.MAX_DEPTH).put("track_total_hits", false);
			body.set("query", query(request));
			body.set("sort", sort(request));
			body.putArray("_source").add(SearchFields.ID);
			if (after != null) {
				body.set("search_after", after);
			}
			JsonNode hits = this.index.search(body).path("hits").path("hits");
			hits.forEach((hit) -> ids.add(hit.path("_source").path(SearchFields.ID).asLong()));
			if (hits.size() < SearchQuery.MAX_DEPTH) {
				return ids;
			}
			after = hits.get(hits.size() - 1).path("sort");
		}
	}

	private static ObjectNode query(SearchQuery request) {
		ObjectNode bool = NODES.objectNode();
		bool.withArray("must")
			.add(request.hasText() ? OpenSearchQueries.translate(UserQueryParser.parse(request.text()))
					: OpenSearchQueries.object("match_all", NODES.objectNode()));
		ArrayNode filter = bool.withArray("filter");
		if (!request.sources().isEmpty()) {
			ArrayNode sources = NODES.arrayNode();
			request.sources().stream().sorted().forEach(sources::add);
			filter.add(OpenSearchQueries.object("terms", OpenSearchQueries.object(SearchFields.SOURCE, sources)));
		}
		if (request.lang() != null && !request.lang().isBlank()) {
			filter.add(OpenSearchQueries.object("term",
					NODES.objectNode().put(SearchFields.LANGUAGE, request.lang().toLowerCase(Locale.ROOT))));
		}
		if (request.articleIds() != null) {
			ArrayNode ids = NODES.arrayNode();
			request.articleIds().stream().sorted().forEach(ids::add);
			filter.add(OpenSearchQueries.object("terms", OpenSearchQueries.object(SearchFields.ID, ids)));
		}
		for (long person : request.personIds()) {
			filter.add(OpenSearchQueries.object("term",
					NODES.objectNode().put(SearchFields.PERSON, Long.toString(person))));
		}
		// Overlap: the article's period starts no later than the range ends, and ends no
		// earlier than it starts.
		if (request.to() != null) {
			filter.add(OpenSearchQueries.object("range", OpenSearchQueries.object(SearchFields.PUBLISHED_FIRST_DAY,
					NODES.objectNode().put("lte", request.to().toEpochDay()))));
		}
		if (request.from() != null) {
			filter.add(OpenSearchQueries.object("range", OpenSearchQueries.object(SearchFields.PUBLISHED_LAST_DAY,
					NODES.objectNode().put("gte", request.from().toEpochDay()))));
		}
		return OpenSearchQueries.object("bool", bool);
	}

	/** As in the embedded index: undated articles last in both orders, ties by id. */
	private static ArrayNode sort(SearchQuery request) {
		ArrayNode sort = NODES.arrayNode();
		switch (request.effectiveSort()) {
			case RELEVANCE -> sort.add(NODES.objectNode().put("_score", "desc"));
			case NEWEST -> sort.add(OpenSearchQueries.object(SearchFields.PUBLISHED,
					NODES.objectNode().put("order", "desc").put("missing", "_last")));
			case OLDEST -> sort.add(OpenSearchQueries.object(SearchFields.PUBLISHED,
					NODES.objectNode().put("order", "asc").put("missing", "_last")));
		}
		sort.add(NODES.objectNode().put(SearchFields.ID, "asc"));
		return sort;
	}

	private static ObjectNode highlight() {
		ObjectNode highlight = NODES.objectNode();
		highlight.putArray("pre_tags").add(MARK_START);
		highlight.putArray("post_tags").add(MARK_END);
		highlight.put("type", "unified").put("number_of_fragments", 2).put("require_field_match", true);
		ObjectNode fields = highlight.putObject("fields");
		SearchFields.SNIPPET_SOURCES.forEach((field) -> highlighted(field).forEach(fields::putObject));
		return highlight;
	}

	/**
	 * A Chinese field is highlighted through its bigram twin first (whose text is the
	 * same, and whose overlapping matches merge into one mark): a phrase such as 设立联络处
	 * that matched only as bigrams, because the segmenter split the text differently from
	 * the query, is still marked.
	 */
	private static List<String> highlighted(String field) {
		return SearchFields.isChinese(field) ? List.of(field + SearchFields.BIGRAMS, field) : List.of(field);
	}

	private static String snippet(JsonNode highlights) {
		for (String source : SearchFields.SNIPPET_SOURCES) {
			for (String field : highlighted(source)) {
				JsonNode fragments = highlights.path(field);
				if (fragments.isArray() && !fragments.isEmpty()) {
					List<String> parts = new ArrayList<>();
					fragments.forEach((fragment) -> parts.add(marked(fragment.asString().strip())));
					return String.join(" … ", parts);
				}
			}
		}
		return null;
	}

	/**
	 * The fragment escaped, with OpenSearch's marks made HTML; the words of a phrase,
	 * which it marks one by one, are marked as one, as the embedded highlighter does.
	 */
	private static String marked(String fragment) {
		return MarkPassageFormatter.escape(fragment)
			.replaceAll(MARK_END + "(\\s+)" + MARK_START, "$1")
			.replace(MARK_START, "<mark>")
			.replace(MARK_END, "</mark>");
	}

	/** The beginning of the lede, or of the body, when no match can be shown. */
	private String opening(long id) {
		ObjectNode body = NODES.objectNode().put("size", 1);
		body.set("query", OpenSearchQueries.object("term", NODES.objectNode().put(SearchFields.ID, id)));
		ArrayNode fields = body.putArray("_source");
		SearchFields.SNIPPET_SOURCES.forEach(fields::add);
		JsonNode hits = this.index.search(body).path("hits").path("hits");
		JsonNode source = hits.isEmpty() ? NODES.objectNode() : hits.get(0).path("_source");
		return MarkPassageFormatter
			.opening((field) -> source.path(field).isString() ? source.path(field).asString() : null);
	}

	private static ObjectNode aggregations() {
		ObjectNode aggs = NODES.objectNode();
		for (String field : List.of(SearchFields.SOURCE, SearchFields.LANGUAGE_TAG, SearchFields.PERSON)) {
			ObjectNode terms = aggs.putObject(field).putObject("terms").put("field", field).put("size", FACET_VALUES);
			terms.putArray("order")
				.add(NODES.objectNode().put("_count", "desc"))
				.add(NODES.objectNode().put("_key", "asc"));
		}
		aggs.putObject(SearchFields.MONTH)
			.putObject("terms")
			.put("field", SearchFields.MONTH)
			.put("size", FACET_VALUES)
			.putObject("order")
			.put("_key", "asc");
		return aggs;
	}

	private static List<SearchResult.FacetCount> counts(JsonNode aggregations, String field) {
		List<SearchResult.FacetCount> counts = new ArrayList<>();
		for (JsonNode bucket : aggregations.path(field).path("buckets")) {
			counts.add(new SearchResult.FacetCount(bucket.path("key").asString(), bucket.path("doc_count").asLong()));
		}
		return counts;
	}

}
