package org.newsarchive.source;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.newsarchive.ArchiveTest;
import org.newsarchive.StatementCounting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources are read once and kept; creating, renaming or merging one is seen by the
 * next reader, also one that read the catalogue inside the changing transaction.
 */
@ArchiveTest
@DirtiesContext
@Import(StatementCounting.class)
class SourceCatalogTests {

	@Autowired
	SourceCatalog catalog;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSourcesAreReadOnceForEveryReader() {
		this.catalog.all();
		StatementCounting.clear();
		long id = this.catalog.all().getFirst().getId();
		assertThat(this.catalog.byId().get(id).getId()).isEqualTo(id);
		assertThat(this.catalog.byId(id).getId()).isEqualTo(id);
		assertThat(StatementCounting.statements()).isZero();
	}

	@Test
	void aNewSourceIsKnownAtOnce() {
		this.catalog.all();
		Source platypus = this.catalog.register(new ObservedSource("platypus-post", "Platypus Post", null, "en"));
		assertThat(this.catalog.all()).extracting(Source::getSlug).contains("platypus-post");
		assertThat(this.catalog.byId(platypus.getId()).ref())
			.isEqualTo(new SourceRef("platypus-post", "Platypus Post"));
	}

	@Test
	void aRenamedSourceShowsItsNewNameAtOnce() {
		Source kiwi = this.catalog.register(new ObservedSource("kiwi-courier", "Kiwi Courier", null, "en"));
		assertThat(this.catalog.byId(kiwi.getId()).getName()).isEqualTo("Kiwi Courier");
		this.catalog.rename("kiwi-courier", "The Kiwi Courier");
		assertThat(this.catalog.byId(kiwi.getId()).getName()).isEqualTo("The Kiwi Courier");
		assertThat(this.catalog.byId().get(kiwi.getId()).getName()).isEqualTo("The Kiwi Courier");
	}

	@Test
	void aSourceMergedAwayIsGone() {
		Source emu = this.catalog.register(new ObservedSource("emu-echo", "Emu Echo", null, "en"));
		Source wombat = this.catalog.register(new ObservedSource("wombat-weekly", "Wombat Weekly", null, "en"));
		assertThat(this.catalog.byId()).containsKeys(emu.getId(), wombat.getId());
		this.catalog.absorb(this.catalog.bySlug("emu-echo"), this.catalog.bySlug("wombat-weekly"));
		assertThat(this.catalog.byId()).doesNotContainKey(emu.getId()).containsKey(wombat.getId());
	}

	/**
	 * Another thread keeps what it reads while the new source is not committed; the
	 * registering thread must not take that copy, neither in its transaction nor once
	 * committed, where the import's index reads the batch's articles back.
	 */
	@Test
	void aSourceRegisteredWhileAnotherThreadReadsIsKnownToTheRegisteringThread() {
		AtomicReference<Long> afterCommit = new AtomicReference<>();
		this.transactions.executeWithoutResult((status) -> {
			Source bilby = this.catalog.register(new ObservedSource("bilby-bulletin", "Bilby Bulletin", null, "en"));
			readElsewhere();
			assertThat(this.catalog.byId()).containsKey(bilby.getId());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					readElsewhere();
					afterCommit.set(SourceCatalogTests.this.catalog.byId().get(bilby.getId()).getId());
				}
			});
		});
		assertThat(afterCommit.get()).isEqualTo(this.catalog.bySlug("bilby-bulletin").getId());
	}

	private void readElsewhere() {
		try {
			Thread reader = Thread.ofPlatform().start(this.catalog::all);
			reader.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aSourceReadByTheTransactionThatRolledItBackIsForgotten() {
		this.transactions.executeWithoutResult((status) -> {
			this.catalog.register(new ObservedSource("quokka-quarterly", "Quokka Quarterly", null, "en"));
			assertThat(this.catalog.all()).extracting(Source::getSlug).contains("quokka-quarterly");
			status.setRollbackOnly();
		});
		assertThat(this.catalog.all()).extracting(Source::getSlug).doesNotContain("quokka-quarterly");
	}

}
