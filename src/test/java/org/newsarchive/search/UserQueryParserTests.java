package org.newsarchive.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.search.UserQuery.Clause;
import org.newsarchive.search.UserQuery.Group;
import org.newsarchive.search.UserQuery.Occur;
import org.newsarchive.search.UserQuery.Phrase;
import org.newsarchive.search.UserQuery.Prefix;
import org.newsarchive.search.UserQuery.Wildcard;
import org.newsarchive.search.UserQuery.Word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UserQueryParserTests {

	@Test
	void oneWordIsItself() {
		assertThat(UserQueryParser.parse(" 北约 ")).isEqualTo(new Word("北约"));
	}

	@Test
	void wordsAreAllRequiredAndSpecialCharactersArePlainText() {
		assertThat(UserQueryParser.parse("title:北约 a^2\u3000b~"))
			.isEqualTo(group(must(new Word("title:北约")), must(new Word("a^2")), must(new Word("b~"))));
	}

	@Test
	void orMakesBothSidesOptionalAsTheClassicParserDid() {
		// so a word after an OR pair is required and the pair only ranks, as before the
		// tree
		assertThat(UserQueryParser.parse("毛宁 OR 普京 东京"))
			.isEqualTo(group(should(new Word("毛宁")), should(new Word("普京")), must(new Word("东京"))));
	}

	@Test
	void exclusionsAloneExcludeFromEverything() {
		assertThat(UserQueryParser.parse("-北约 NOT \"liaison office\""))
			.isEqualTo(group(must(new UserQuery.Everything()), not(new Word("北约")), not(new Phrase("liaison office"))));
	}

	@Test
	void groupsPrefixesAndWildcards() {
		assertThat(UserQueryParser.parse("offic* +(a OR b?c)")).isEqualTo(
				group(must(new Prefix("offic")), must(group(should(new Word("a")), should(new Wildcard("b?c"))))));
	}

	@Test
	void anOperatorWithoutAWordIsRefused() {
		for (String text : List.of("AND 北约", "北约 OR", "- 北约 -", "()", "北约 AND NOT")) {
			assertThatExceptionOfType(InvalidQueryException.class).as(text)
				.isThrownBy(() -> UserQueryParser.parse(text))
				.withMessage(UserQueryParser.UNREADABLE);
		}
	}

	private static Group group(Clause... clauses) {
		return new Group(List.of(clauses));
	}

	private static Clause must(UserQuery query) {
		return new Clause(Occur.MUST, query);
	}

	private static Clause should(UserQuery query) {
		return new Clause(Occur.SHOULD, query);
	}

	private static Clause not(UserQuery query) {
		return new Clause(Occur.MUST_NOT, query);
	}

}
