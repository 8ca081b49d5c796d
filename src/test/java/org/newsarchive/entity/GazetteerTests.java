package org.newsarchive.entity;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTests {

	private final Gazetteer gazetteer = Gazetteer.load();

	@Test
	void loadsEveryRow() {
		assertThat(this.gazetteer.entries()).hasSize(274);
		assertThat(this.gazetteer.entries()).filteredOn((entry) -> entry.type() == EntityType.PERSON).hasSize(149);
	}

	@Test
	void idsAreUniqueSlugs() {
		Set<String> ids = new HashSet<>();
		for (Gazetteer.Entry entry : this.gazetteer.entries()) {
			assertThat(ids.add(entry.id())).as(entry.id()).isTrue();
			assertThat(entry.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
		}
	}

	@Test
	void everyRowHasANameInEachScriptAndADescription() {
		for (Gazetteer.Entry entry : this.gazetteer.entries()) {
			assertThat(entry.simplified()).as(entry.id()).isNotEmpty();
			assertThat(entry.traditional()).as(entry.id()).isNotEmpty();
			assertThat(entry.english()).as(entry.id()).isNotEmpty();
			assertThat(entry.description()).as(entry.id()).isNotBlank();
		}
	}

	@Test
	void wikidataIdsAreItemIdsWhereGiven() {
		assertThat(this.gazetteer.entries()).extracting(Gazetteer.Entry::wikidataId)
			.filteredOn((id) -> id != null)
			.allMatch((id) -> id.matches("Q[1-9][0-9]*"));
	}

	@Test
	void readsAliasesSeparatedByBars() throws Exception {
		Gazetteer one = Gazetteer.read(new StringReader("""
				id,type,simplified,traditional,english,wikidata,description
				jens-stoltenberg,PERSON,斯托尔滕贝格,斯托爾滕貝格,Jens Stoltenberg|Stoltenberg,,NATO chief
				"""));
		assertThat(one.entries()).singleElement().satisfies((entry) -> {
			assertThat(entry.english()).containsExactly("Jens Stoltenberg", "Stoltenberg");
			assertThat(entry.chinese()).containsExactly("斯托尔滕贝格", "斯托爾滕貝格");
			assertThat(entry.wikidataId()).isNull();
			assertThat(entry.type()).isEqualTo(EntityType.PERSON);
		});
	}

	@Test
	void knowsTheWellKnownPeopleOfTheSeeds() {
		List<String> ids = this.gazetteer.entries().stream().map(Gazetteer.Entry::id).toList();
		assertThat(ids).contains("jens-stoltenberg", "fumio-kishida", "mao-ning", "yoshimasa-hayashi", "shinzo-abe",
				"xi-jinping", "vladimir-putin", "emmanuel-macron", "yoon-suk-yeol", "anthony-albanese", "chris-hipkins",
				"olaf-scholz", "joe-biden", "ursula-von-der-leyen", "justin-trudeau", "nato", "united-nations",
				"european-union", "asean", "g7", "tokyo", "beijing");
	}

}
