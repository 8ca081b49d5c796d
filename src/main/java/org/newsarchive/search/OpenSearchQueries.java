package org.newsarchive.search;

import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.newsarchive.text.ChineseScript;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates a {@link UserQuery} into OpenSearch's query DSL, field by field as
 * {@link LuceneQueries} does for the embedded index: each word is a phrase over every
 * searched field with the field's weight (one token is a term, several must be found
 * together), so both engines find the same articles.
 */
final class OpenSearchQueries {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final int MAX_CLAUSES = IndexSearcher.getMaxClauseCount();

	private OpenSearchQueries() {
	}

	/**
	 * @throws InvalidQueryException for a query with more words than a search takes: as
	 * many field clauses as Lucene takes in one query, the embedded engine's limit
	 */
	static ObjectNode translate(UserQuery query) {
		if (words(query) * SearchFields.SEARCHED.size() > MAX_CLAUSES) {
			throw new InvalidQueryException("The query has too many words; search for fewer.");
		}
		return translated(query);
	}

	private static ObjectNode translated(UserQuery query) {
		return switch (query) {
			case UserQuery.Word word -> everyField(word.text());
			case UserQuery.Phrase phrase -> everyField(phrase.text());
			case UserQuery.Prefix prefix -> everyFieldLiterally("prefix", prefix.stem());
			case UserQuery.Wildcard wildcard -> everyFieldLiterally("wildcard", wildcard.pattern());
			case UserQuery.Everything everything -> object("match_all", JSON.objectNode());
			case UserQuery.Group group -> group(group);
		};
	}

	private static ObjectNode everyField(String text) {
		ArrayNode should = JSON.arrayNode();
		for (Map.Entry<String, Float> field : SearchFields.SEARCHED.entrySet()) {
			ObjectNode phrase = JSON.objectNode().put("query", text).put("boost", field.getValue());
			should.add(object("match_phrase", object(field.getKey(), phrase)));
		}
		return object("bool", JSON.objectNode().set("should", should));
	}

	/**
	 * Prefix and wildcard terms are not analysed, so they are folded here as each field's
	 * analyzer would fold a word: lower case, and simplified script in the Chinese
	 * fields.
	 */
	private static ObjectNode everyFieldLiterally(String kind, String word) {
		ArrayNode should = JSON.arrayNode();
		for (Map.Entry<String, Float> field : SearchFields.SEARCHED.entrySet()) {
			String lowerCase = word.toLowerCase(Locale.ROOT);
			String value = SearchFields.isChinese(field.getKey()) || SearchFields.isBigrams(field.getKey())
					? ChineseScript.simplified(lowerCase) : lowerCase;
			ObjectNode term = JSON.objectNode().put("value", value).put("boost", field.getValue());
			should.add(object(kind, object(field.getKey(), term)));
		}
		return object("bool", JSON.objectNode().set("should", should));
	}

	/**
	 * A group of exclusions alone finds nothing, as in Lucene; the parser has already
	 * turned such a whole query into "everything but".
	 */
	private static ObjectNode group(UserQuery.Group group) {
		ObjectNode bool = JSON.objectNode();
		boolean includes = false;
		for (UserQuery.Clause clause : group.clauses()) {
			String occur = switch (clause.occur()) {
				case MUST -> "must";
				case SHOULD -> "should";
				case MUST_NOT -> "must_not";
			};
			includes |= clause.occur() != UserQuery.Occur.MUST_NOT;
			bool.withArray(occur).add(translated(clause.query()));
		}
		return includes ? object("bool", bool) : object("match_none", JSON.objectNode());
	}

	private static int words(UserQuery query) {
		return switch (query) {
			case UserQuery.Group group -> group.clauses().stream().mapToInt((clause) -> words(clause.query())).sum();
			case UserQuery.Everything everything -> 0;
			default -> 1;
		};
	}

	static ObjectNode object(String name, JsonNode value) {
		ObjectNode node = JSON.objectNode();
		node.set(name, value);
		return node;
	}

}
