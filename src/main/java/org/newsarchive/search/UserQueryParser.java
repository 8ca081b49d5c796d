package org.newsarchive.search;

import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Reads what a reader typed into a Lucene query over every searched field, each analysed
 * by its own analyzer. Only words, phrases, {@code -}/{@code +},
 * {@code AND}/{@code OR}/{@code NOT}, parentheses and trailing wildcards are syntax;
 * every other special character is escaped, so {@code title:} is just the word "title".
 * Requests the parser would choke on are refused with a message a reader can act on,
 * never a Lucene parse error.
 */
final class UserQueryParser {

	static final int MAX_LENGTH = 500;

	/**
	 * Field syntax, ranges, boosts, fuzziness, regular expressions and the escape itself.
	 */
	private static final Pattern PLAIN_TEXT_SPECIALS = Pattern.compile("[\\\\:^~\\[\\]{}/!&|]");

	private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(+\\-\"])[*?]");

	private static final Pattern ONLY_WILDCARDS = Pattern.compile("[\\s*?]+");

	private final Analyzer analyzer;

	UserQueryParser(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	Query parse(String text) {
		String trimmed = text.strip();
		if (trimmed.length() > MAX_LENGTH) {
			throw new InvalidQueryException("The query is " + trimmed.length() + " characters long; the limit is "
					+ MAX_LENGTH + ". Search for a few distinctive words instead.");
		}
		if (ONLY_WILDCARDS.matcher(trimmed).matches()) {
			throw new InvalidQueryException(
					"* and ? alone are not a search: type a word, or leave the box empty to browse everything.");
		}
		if (LEADING_WILDCARD.matcher(trimmed).find()) {
			throw new InvalidQueryException(
					"A word cannot start with * or ?: put them at the end of a word, as in offic*.");
		}
		if (trimmed.chars().filter((c) -> c == '"').count() % 2 != 0) {
			throw new InvalidQueryException("A quotation mark is not closed: add the closing \" or remove it.");
		}
		if (!parenthesesBalance(trimmed)) {
			throw new InvalidQueryException("The parentheses do not pair up: close each ( with a ).");
		}
		Query query = parseEscaped(PLAIN_TEXT_SPECIALS.matcher(trimmed).replaceAll("\\\\$0"));
		if (leafCount(query) > IndexSearcher.getMaxClauseCount()) {
			throw new InvalidQueryException("The query has too many words; search for fewer.");
		}
		return onlyExclusions(query) ? withEverythingElse((BooleanQuery) query) : query;
	}

	private Query parseEscaped(String escaped) {
		MultiFieldQueryParser parser = new MultiFieldQueryParser(
				SearchFields.SEARCHED.keySet().stream().sorted().toArray(String[]::new), this.analyzer,
				SearchFields.SEARCHED);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		// Whitespace separates the reader's words; a run of Chinese characters between
		// spaces
		// that the analyzer splits into several words is one phrase, not a bag of words.
		parser.setSplitOnWhitespace(true);
		parser.setAutoGeneratePhraseQueries(true);
		parser.setAllowLeadingWildcard(false);
		try {
			return parser.parse(escaped);
		}
		catch (ParseException ex) {
			if (ex.getCause() instanceof IndexSearcher.TooManyClauses) {
				throw new InvalidQueryException("The query has too many words; search for fewer.");
			}
			throw new InvalidQueryException("The query could not be read: AND, OR and NOT need a word on each side, "
					+ "and a - or + goes right before a word.");
		}
	}

	private static boolean parenthesesBalance(String text) {
		int depth = 0;
		for (char c : text.toCharArray()) {
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	private static int leafCount(Query query) {
		int[] leaves = { 0 };
		query.visit(new QueryVisitor() {

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				leaves[0]++;
			}

			@Override
			public void visitLeaf(Query leaf) {
				leaves[0]++;
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}

		});
		return leaves[0];
	}

	private static boolean onlyExclusions(Query query) {
		return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
				&& bool.clauses().stream().allMatch((clause) -> clause.occur() == BooleanClause.Occur.MUST_NOT);
	}

	/** {@code -word} alone means "everything without word", not "nothing". */
	private static Query withEverythingElse(BooleanQuery exclusions) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
		exclusions.clauses().forEach(builder::add);
		return builder.build();
	}

}
