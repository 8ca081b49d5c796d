package org.newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what a reader typed into a {@link UserQuery} tree. Only words, phrases,
 * {@code -}/{@code +}, {@code AND}/{@code OR}/{@code NOT}, parentheses and wildcards are
 * syntax; every other character is part of a word, so {@code title:} is just the word
 * "title:". The clauses combine as in Lucene's classic query parser with AND as the
 * default operator, which the index was first searched with: {@code a b} needs both,
 * {@code a OR b} either, {@code -a} and {@code NOT a} exclude, and a word after
 * {@code OR} is optional. Requests that cannot be read are refused with a message a
 * reader can act on.
 */
final class UserQueryParser {

	static final int MAX_LENGTH = 500;

	private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(+\\-\"])[*?]");

	private static final Pattern ONLY_WILDCARDS = Pattern.compile("[\\s*?]+");

	static final String UNREADABLE = "The query could not be read: AND, OR and NOT need a word on each side, "
			+ "and a - or + goes right before a word.";

	private final String text;

	private int position;

	private UserQueryParser(String text) {
		this.text = text;
	}

	/**
	 * The query's tree; a query of exclusions alone excludes from
	 * {@link UserQuery.Everything every article}.
	 * @throws InvalidQueryException for a query that cannot be read
	 */
	static UserQuery parse(String text) {
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
		UserQueryParser parser = new UserQueryParser(trimmed);
		UserQuery query = parser.query();
		if (parser.peek() != null) {
			throw new InvalidQueryException(UNREADABLE);
		}
		return onlyExclusions(query) ? withEverythingElse((UserQuery.Group) query) : query;
	}

	/**
	 * Clauses up to the end or a closing parenthesis; one clause without a modifier
	 * stands for itself.
	 */
	private UserQuery query() {
		List<UserQuery.Clause> clauses = new ArrayList<>();
		Token modifier = modifier();
		UserQuery first = clause();
		add(clauses, null, modifier, first);
		for (Token next = peek(); next != null && next.kind() != Kind.CLOSE; next = peek()) {
			Token conjunction = (next.kind() == Kind.AND || next.kind() == Kind.OR) ? take() : null;
			add(clauses, conjunction, modifier(), clause());
		}
		return (clauses.size() == 1 && modifier == null) ? first : new UserQuery.Group(clauses);
	}

	/**
	 * As the classic parser: AND makes the clause before required, OR makes it optional,
	 * unless it is excluded.
	 */
	private static void add(List<UserQuery.Clause> clauses, Token conjunction, Token modifier, UserQuery query) {
		boolean or = conjunction != null && conjunction.kind() == Kind.OR;
		if (conjunction != null && !clauses.isEmpty()) {
			UserQuery.Clause before = clauses.getLast();
			if (before.occur() != UserQuery.Occur.MUST_NOT) {
				clauses.set(clauses.size() - 1,
						new UserQuery.Clause(or ? UserQuery.Occur.SHOULD : UserQuery.Occur.MUST, before.query()));
			}
		}
		boolean excluded = modifier != null && modifier.kind() != Kind.PLUS;
		UserQuery.Occur occur = excluded ? UserQuery.Occur.MUST_NOT
				: or ? UserQuery.Occur.SHOULD : UserQuery.Occur.MUST;
		clauses.add(new UserQuery.Clause(occur, query));
	}

	private Token modifier() {
		Token next = peek();
		return (next != null && (next.kind() == Kind.PLUS || next.kind() == Kind.MINUS || next.kind() == Kind.NOT))
				? take() : null;
	}

	private UserQuery clause() {
		Token token = take();
		if (token == null) {
			throw new InvalidQueryException(UNREADABLE);
		}
		return switch (token.kind()) {
			case WORD -> word(token.text());
			case PHRASE -> new UserQuery.Phrase(token.text());
			case OPEN -> {
				UserQuery inner = query();
				Token close = take();
				if (close == null || close.kind() != Kind.CLOSE) {
					throw new InvalidQueryException(UNREADABLE);
				}
				yield inner;
			}
			default -> throw new InvalidQueryException(UNREADABLE);
		};
	}

	private static UserQuery word(String text) {
		if (text.startsWith("*") || text.startsWith("?")) {
			throw new InvalidQueryException(UNREADABLE);
		}
		int wildcards = (int) text.chars().filter((c) -> c == '*' || c == '?').count();
		if (wildcards == 0) {
			return new UserQuery.Word(text);
		}
		if (wildcards == 1 && text.endsWith("*")) {
			return new UserQuery.Prefix(text.substring(0, text.length() - 1));
		}
		return new UserQuery.Wildcard(text);
	}

	private Token peek() {
		int saved = this.position;
		Token token = take();
		this.position = saved;
		return token;
	}

	private Token take() {
		while (this.position < this.text.length() && isSpace(this.text.charAt(this.position))) {
			this.position++;
		}
		if (this.position == this.text.length()) {
			return null;
		}
		char c = this.text.charAt(this.position);
		int start = this.position;
		switch (c) {
			case '(' -> {
				this.position++;
				return new Token(Kind.OPEN, "(");
			}
			case ')' -> {
				this.position++;
				return new Token(Kind.CLOSE, ")");
			}
			case '+' -> {
				this.position++;
				return new Token(Kind.PLUS, "+");
			}
			case '-' -> {
				this.position++;
				return new Token(Kind.MINUS, "-");
			}
			case '"' -> {
				int end = this.text.indexOf('"', start + 1);
				this.position = end + 1;
				return new Token(Kind.PHRASE, this.text.substring(start + 1, end));
			}
			default -> {
				while (this.position < this.text.length() && !endsWord(this.text.charAt(this.position))) {
					this.position++;
				}
				String word = this.text.substring(start, this.position);
				return switch (word) {
					case "AND" -> new Token(Kind.AND, word);
					case "OR" -> new Token(Kind.OR, word);
					case "NOT" -> new Token(Kind.NOT, word);
					default -> new Token(Kind.WORD, word);
				};
			}
		}
	}

	/** The classic parser's whitespace, the ideographic space among it. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000';
	}

	private static boolean endsWord(char c) {
		return isSpace(c) || c == '(' || c == ')' || c == '"';
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

	private static boolean onlyExclusions(UserQuery query) {
		return query instanceof UserQuery.Group group
				&& group.clauses().stream().allMatch((clause) -> clause.occur() == UserQuery.Occur.MUST_NOT);
	}

	/** {@code -word} alone means "everything without word", not "nothing". */
	private static UserQuery withEverythingElse(UserQuery.Group exclusions) {
		List<UserQuery.Clause> clauses = new ArrayList<>();
		clauses.add(new UserQuery.Clause(UserQuery.Occur.MUST, new UserQuery.Everything()));
		clauses.addAll(exclusions.clauses());
		return new UserQuery.Group(clauses);
	}

	private enum Kind {

		WORD, PHRASE, AND, OR, NOT, PLUS, MINUS, OPEN, CLOSE

	}

	private record Token(Kind kind, String text) {

	}

}
