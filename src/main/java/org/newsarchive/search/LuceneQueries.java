package org.newsarchive.search;

import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Translates a {@link UserQuery} into a Lucene query over every searched field, each
 * analysed by its own analyzer and weighted as {@link SearchFields#SEARCHED} says. Each
 * word becomes what Lucene's classic multi-field parser makes of it: a run of Chinese
 * characters the analyzer splits is a phrase, not a bag of words. A word that every
 * analyzer drops (punctuation alone) drops out of its group.
 */
final class LuceneQueries {

	/** Characters a wildcard term takes literally only when escaped. */
	private static final Pattern WILDCARD_SPECIALS = Pattern.compile("[\\\\:^~\\[\\]{}/!&|]");

	private final WordParser words;

	LuceneQueries(Analyzer analyzer) {
		this.words = new WordParser(analyzer);
	}

	/**
	 * @throws InvalidQueryException for a query with more words than a search takes
	 */
	Query translate(UserQuery query) {
		Query translated;
		try {
			translated = orNull(query);
		}
		catch (IndexSearcher.TooManyClauses ex) {
			throw tooManyWords();
		}
		if (translated == null) {
			return new BooleanQuery.Builder().build();
		}
		if (leafCount(translated) > IndexSearcher.getMaxClauseCount()) {
			throw tooManyWords();
		}
		return translated;
	}

	private Query orNull(UserQuery query) {
		try {
			return switch (query) {
				case UserQuery.Word word -> this.words.word(word.text());
				case UserQuery.Phrase phrase -> this.words.phrase(phrase.text());
				case UserQuery.Prefix prefix -> this.words.prefix(prefix.stem());
				case UserQuery.Wildcard wildcard ->
					this.words.wildcard(WILDCARD_SPECIALS.matcher(wildcard.pattern()).replaceAll("\\\\$0"));
				case UserQuery.Everything everything -> new MatchAllDocsQuery();
				case UserQuery.Group group -> group(group);
			};
		}
		catch (ParseException ex) {
			if (ex.getCause() instanceof IndexSearcher.TooManyClauses) {
				throw tooManyWords();
			}
			throw new InvalidQueryException(UserQueryParser.UNREADABLE);
		}
	}

	private Query group(UserQuery.Group group) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		int added = 0;
		for (UserQuery.Clause clause : group.clauses()) {
			Query translated = orNull(clause.query());
			if (translated != null) {
				builder.add(translated, occur(clause.occur()));
				added++;
			}
		}
		return (added == 0) ? null : builder.build();
	}

	private static BooleanClause.Occur occur(UserQuery.Occur occur) {
		return switch (occur) {
			case MUST -> BooleanClause.Occur.MUST;
			case SHOULD -> BooleanClause.Occur.SHOULD;
			case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
		};
	}

	private static InvalidQueryException tooManyWords() {
		return new InvalidQueryException("The query has too many words; search for fewer.");
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

	/** The classic parser's reading of one word over all fields, without its syntax. */
	private static final class WordParser extends MultiFieldQueryParser {

		WordParser(Analyzer analyzer) {
			super(SearchFields.SEARCHED.keySet().stream().sorted().toArray(String[]::new), analyzer,
					SearchFields.SEARCHED);
			setDefaultOperator(Operator.AND);
			setSplitOnWhitespace(true);
			setAutoGeneratePhraseQueries(true);
			setAllowLeadingWildcard(false);
		}

		Query word(String text) throws ParseException {
			return getFieldQuery(null, text, false);
		}

		Query phrase(String text) throws ParseException {
			return getFieldQuery(null, text, 0);
		}

		Query prefix(String stem) throws ParseException {
			return getPrefixQuery(null, stem);
		}

		Query wildcard(String escapedPattern) throws ParseException {
			return getWildcardQuery(null, escapedPattern);
		}

	}

}
