package org.newsarchive.article;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.newsarchive.source.SourceCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Keeps raw files and stores parsed articles. An article is stored in one transaction
 * with its contributors, blocks and images, or not at all.
 * <p>
 * A file or article, once written, is let go of by the persistence context: a batch
 * stores hundreds of them in one transaction, and before each query Hibernate checks
 * every entity it still holds for changes (a file's bytes compared whole), so that held
 * entities made a batch's cost grow with the square of its size.
 */
@Service
public class ArticleStore {

	/**
	 * Unique violation, serialization failure, deadlock: what PostgreSQL answers the
	 * loser when two transactions write the same row at once.
	 */
	private static final Set<String> LOST_RACE = Set.of("23505", "40001", "40P01");

	/**
	 * Two imports storing the same article, or naming the same new person, at the same
	 * moment: the database refuses one of them, which stores again and then finds what
	 * the other stored.
	 */
	private static final RetryTemplate RACES = new RetryTemplate(RetryPolicy.builder()
		.predicate(ArticleStore::lostRace)
		.maxRetries(6)
		.delay(Duration.ofMillis(20))
		.jitter(Duration.ofMillis(10))
		.multiplier(2)
		.maxDelay(Duration.ofMillis(500))
		.build());

	private final ArticleRepository articles;

	private final RawDocumentRepository rawDocuments;

	private final SourceCatalog sources;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	ArticleStore(ArticleRepository articles, RawDocumentRepository rawDocuments, SourceCatalog sources,
			ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction, EntityManager entityManager,
			JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.articles = articles;
		this.rawDocuments = rawDocuments;
		this.sources = sources;
		this.events = events;
		this.clock = clock;
		this.transaction = transaction;
	}

	@Transactional(readOnly = true)
	public Optional<RawDocumentRef> findRaw(String sha256) {
		writeBatch();
		return this.rawDocuments.findRefBySha256(sha256);
	}

	/**
	 * Keeps the bytes of a file the caller looked up moments ago and found not kept,
	 * within the caller's transaction (a batch), without looking again: where another
	 * import kept the same bytes in between, the hash's unique index fails the batch,
	 * which the caller then stores again file by file through {@link #keepRaw}.
	 */
	public RawDocumentRef keepNewRaw(String fileName, String sha256, byte[] content, String charset) {
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"a file known to be new is kept in the caller's transaction");
		// Past Hibernate: its insert of a file (an identity column) would first send
		// the new articles the batch holds back for one flush.
		Instant receivedAt = this.clock.instant();
		Long id = this.jdbc.queryForObject("""
				insert into raw_documents (file_name, sha256, size_bytes, charset, content, received_at)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, fileName, sha256, content.length, charset,
				content, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
		return new RawDocumentRef(id, fileName, sha256, content.length, charset, receivedAt, null);
	}

	/**
	 * Keeps a file's bytes; the same bytes are kept once, even when two imports of them
	 * race: the loser of the race finds the winner's copy.
	 */
	public RawDocumentRef keepRaw(String fileName, String sha256, byte[] content, String charset) {
		try {
			return this.transaction.execute((status) -> keep(fileName, sha256, content, charset));
		}
		catch (DataIntegrityViolationException ex) {
			return findRaw(sha256).orElseThrow(() -> ex);
		}
	}

	private RawDocumentRef keep(String fileName, String sha256, byte[] content, String charset) {
		Optional<RawDocumentRef> kept = this.rawDocuments.findRefBySha256(sha256);
		if (kept.isEmpty()) {
			RawDocument raw = this.rawDocuments
				.saveAndFlush(new RawDocument(fileName, sha256, content, charset, this.clock.instant()));
			this.entityManager.detach(raw);
			return raw.ref();
		}
		if (charset != null && !charset.equals(kept.get().charset())) {
			this.rawDocuments.recordCharset(kept.get().id(), charset);
			return this.rawDocuments.findRefById(kept.get().id()).orElseThrow();
		}
		return kept.get();
	}

	/**
	 * Stores a parsed article read from a kept file: as a new article, or as the newer
	 * copy of the same article (same source and URL, or without a URL same source, title
	 * and date), which changes it only where its content differs (see
	 * {@link ContentFingerprint}). A copy that loses a race with another import is stored
	 * again in a fresh transaction, so two copies of a new article arriving at once are
	 * created, then updated.
	 * @param entry the article's place in a file of several articles, or null where it is
	 * the whole file
	 * @param changed what else to store with a created or updated article, in its
	 * transaction (the people it names)
	 */
	public StoreOutcome store(ParsedArticle parsed, long rawDocumentId, String entry, Consumer<StoreOutcome> changed) {
		return RACES.invoke(() -> this.transaction.execute((status) -> {
			StoreOutcome outcome = storeOnce(parsed, rawDocumentId, entry, false);
			if (outcome.change() != StoreOutcome.Change.UNCHANGED) {
				changed.accept(outcome);
			}
			return outcome;
		}));
	}

	/**
	 * Stores a parsed article as {@link #store} does, within the caller's transaction,
	 * which stores a batch of articles: a failure is not retried here but ends the
	 * transaction, which the caller then stores again article by article. Which article
	 * the file holds is written with the batch's other links just before it commits.
	 */
	public StoreOutcome storeInBatch(ParsedArticle parsed, long rawDocumentId, String entry) {
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"a batch is stored in the caller's transaction");
		return storeOnce(parsed, rawDocumentId, entry, true);
	}

	/**
	 * Tells the batch under way which articles it is about to store, so that the
	 * addresses already stored among them are found in one query an outlet, not one an
	 * article: an article whose address is not among them is new and is created without
	 * looking it up (where another import creates it in between, the address's unique
	 * index fails the batch, which the caller then stores again article by article).
	 */
	public void expectInBatch(Collection<ParsedArticle> coming) {
		Map<String, Set<String>> addresses = new HashMap<>();
		coming.stream()
			.filter((parsed) -> parsed.url() != null)
			.forEach((parsed) -> addresses.computeIfAbsent(parsed.sourceSlug(), (slug) -> new HashSet<>())
				.add(parsed.url()));
		TransactionSynchronizations
			.kept(Expected.class, (expected) -> expected.store() == this,
					() -> new Expected(this, new HashMap<>(), new HashMap<>()))
			.ifPresent((expected) -> addresses.forEach((slug,
					urls) -> expected.addresses().computeIfAbsent(slug, (unknown) -> new HashSet<>()).addAll(urls)));
	}

	/**
	 * Which article each entry of a kept file of several articles became, by entry.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> storedEntries(long rawDocumentId) {
		writeBatch();
		return this.rawDocuments.findEntries(rawDocumentId)
			.stream()
			.collect(Collectors.toMap(RawDocumentRepository.EntryLink::getEntry,
					RawDocumentRepository.EntryLink::getArticleId));
	}

	/**
	 * @param linkAtCommit whether the file is linked to the article with the
	 * transaction's other links before it commits, rather than now
	 */
	private StoreOutcome storeOnce(ParsedArticle parsed, long rawDocumentId, String entry, boolean linkAtCommit) {
		long sourceId = sourceId(parsed.sourceSlug());
		Optional<PendingWrites> pending = linkAtCommit ? pendingWrites() : Optional.empty();
		Optional<Article> existing;
		if (linkAtCommit && knownNew(sourceId, parsed)) {
			existing = Optional.empty();
		}
		else {
			if (parsed.url() == null && pending.isPresent()
					&& pending.get().unaddressed().contains(unaddressedKey(sourceId, parsed))) {
				// the look-up below does not send the batch's new articles itself
				writeBatch();
			}
			existing = (parsed.url() != null) ? this.articles.findBySourceIdAndUrl(sourceId, parsed.url())
					: this.articles.findUnaddressed(sourceId, parsed.title(),
							(parsed.published() != null) ? parsed.published().value() : null);
		}
		StoreOutcome.Change change;
		Article article;
		if (existing.isEmpty()) {
			change = StoreOutcome.Change.CREATED;
			article = Article.create(sourceId, parsed, rawDocumentId, entry, this.clock.instant());
			if (pending.isPresent()) {
				this.entityManager.persist(article);
				pending.get().articles().add(article);
				if (parsed.url() == null) {
					pending.get().unaddressed().add(unaddressedKey(sourceId, parsed));
				}
			}
			else {
				article = this.articles.saveAndFlush(article);
			}
		}
		else if (existing.get().hasContentOf(parsed)) {
			// The file still names the article, so that its bytes again are known, but
			// the article keeps its revision: nothing to index or recognise again.
			change = StoreOutcome.Change.UNCHANGED;
			article = existing.get();
		}
		else {
			change = StoreOutcome.Change.UPDATED;
			article = existing.get();
			article.replaceContent(parsed, rawDocumentId, entry, this.clock.instant());
			article = this.articles.saveAndFlush(article);
		}
		if (pending.isPresent()) {
			pending.get().add(rawDocumentId, entry, article.getId());
		}
		else {
			int linked = (entry != null) ? this.rawDocuments.linkEntryToArticle(rawDocumentId, entry, article.getId())
					: this.rawDocuments.linkToArticle(rawDocumentId, article.getId());
			if (linked != 1) {
				throw new IllegalStateException("raw document " + rawDocumentId + " is not kept");
			}
		}
		if (pending.isEmpty() || change != StoreOutcome.Change.CREATED) {
			// written by saveAndFlush, or unchanged
			this.entityManager.detach(article);
		}
		if (change != StoreOutcome.Change.UNCHANGED) {
			this.events.publishEvent(new ArticleStored(article.getId(), article.getRevision(), parsed));
		}
		return new StoreOutcome(article.getId(), change);
	}

	/**
	 * The id of the source a slug leads to, looked up once a transaction: a batch of a
	 * hundred articles of one outlet asked the same question a hundred times.
	 */
	private long sourceId(String slug) {
		return TransactionSynchronizations
			.kept(SourceIds.class, (ids) -> ids.store() == this, () -> new SourceIds(this, new HashMap<>()))
			.map((known) -> known.bySlug().computeIfAbsent(slug, (unknown) -> this.sources.resolve(unknown).getId()))
			.orElseGet(() -> this.sources.resolve(slug).getId());
	}

	/**
	 * Whether the batch under way was told of the article ({@link #expectInBatch}) and
	 * its address is neither stored nor stored by the batch so far; the address then
	 * counts as stored, so that a second copy in the same batch is looked up.
	 */
	private boolean knownNew(long sourceId, ParsedArticle parsed) {
		if (parsed.url() == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return false;
		}
		return TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter((held) -> held instanceof Expected expected && expected.store() == this)
			.map(Expected.class::cast)
			.findFirst()
			.filter((expected) -> expected.addresses()
				.getOrDefault(parsed.sourceSlug(), Set.of())
				.contains(parsed.url()))
			.map((expected) -> expected.stored()
				.computeIfAbsent(parsed.sourceSlug(),
						(slug) -> new HashSet<>(this.articles.findStoredUrls(sourceId, expected.addresses().get(slug))))
				.add(parsed.url()))
			.orElse(false);
	}

	private Optional<PendingWrites> pendingWrites() {
		return TransactionSynchronizations.kept(PendingWrites.class, (writes) -> writes.store() == this,
				() -> new PendingWrites(this, new ArrayList<>(), new HashSet<>(), new ArrayList<>(),
						new LinkedHashMap<>()));
	}

	/** What the unique index of articles without an address holds of one. */
	private static String unaddressedKey(long sourceId, ParsedArticle parsed) {
		String published = (parsed.published() != null) ? parsed.published().value() : null;
		return sourceId + "\n" + parsed.title() + "\n" + Objects.requireNonNullElse(published, "");
	}

	/**
	 * Writes the new articles and the links the batch under way holds back: before the
	 * batch records what its articles name, whose rows refer to them, and before anything
	 * it reads next.
	 */
	public void writeBatch() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.getSynchronizations()
				.stream()
				.filter((held) -> held instanceof PendingWrites writes && writes.store() == this)
				.forEach((writes) -> ((PendingWrites) writes).write());
		}
	}

	/**
	 * One flush for the new articles a batch holds back, which sends them, their blocks
	 * and contributors in a JDBC batch each (ids from the sequence, fifty at a time),
	 * then two statements for all its links, however many files and entries: each
	 * article's and each file's own statements were round trips the import waited for.
	 * The articles are then let go of, as every stored article is.
	 */
	private void write(PendingWrites writes) {
		if (!writes.articles().isEmpty()) {
			this.entityManager.flush();
			writes.articles().forEach(this.entityManager::detach);
			writes.articles().clear();
			writes.unaddressed().clear();
		}
		if (!writes.files().isEmpty()) {
			// One statement, not a JDBC batch (the driver makes one statement of a batch
			// of
			// inserts only): the files' trigger (V23) ran once a file, 2.4 ms each.
			int linked = this.jdbc.update("""
					update raw_documents r set article_id = d.article_id
					from unnest(?, ?) as d (article_id, id) where r.id = d.id""",
					array(writes.files().stream().map((link) -> link[0]).toArray(Long[]::new)),
					array(writes.files().stream().map((link) -> link[1]).toArray(Long[]::new)));
			if (linked != writes.files().size()) {
				throw new IllegalStateException("of the raw documents "
						+ writes.files().stream().map((link) -> link[1].toString()).collect(Collectors.joining(", "))
						+ " only " + linked + " are kept");
			}
		}
		if (!writes.entries().isEmpty()) {
			// One statement, as for the files: the driver split a batch of inserts into
			// statements of 128, 64, … rows, and each fired the entries' trigger (V23).
			this.jdbc.update("""
					insert into raw_document_entries (raw_document_id, entry, article_id)
					select * from unnest(?, ?, ?)
					on conflict (raw_document_id, entry) do update set article_id = excluded.article_id""",
					array(writes.entries().keySet().stream().map(FileEntry::rawDocumentId).toArray(Long[]::new)),
					array(writes.entries().keySet().stream().map(FileEntry::entry).toArray(String[]::new)),
					array(writes.entries().values().toArray(Long[]::new)));
		}
		writes.files().clear();
		writes.entries().clear();
	}

	/** An array bound as one parameter. */
	private static SqlParameterValue array(Object[] values) {
		return new SqlParameterValue(Types.ARRAY, values);
	}

	private static boolean lostRace(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && LOST_RACE.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	@Transactional(readOnly = true)
	public boolean isOriginalOfAnArticle(long rawDocumentId) {
		return this.rawDocuments.findRefById(rawDocumentId).map((raw) -> raw.articleId() != null).orElse(false)
				|| !this.rawDocuments.findEntries(rawDocumentId).isEmpty();
	}

	@Transactional(readOnly = true)
	public byte[] rawContent(long rawDocumentId) {
		return this.rawDocuments.findContent(rawDocumentId)
			.orElseThrow(() -> new RawDocumentNotFoundException(rawDocumentId));
	}

	/**
	 * The source ids a transaction looked up, by slug; gone with the transaction, so that
	 * a source created in one that rolled back is never taken for stored.
	 */
	private record SourceIds(ArticleStore store, Map<String, Long> bySlug) implements TransactionSynchronization {

	}

	/** An entry of a kept file of several articles. */
	private record FileEntry(long rawDocumentId, String entry) {

	}

	/**
	 * The addresses a batch is about to store, by outlet slug, and of those the ones
	 * stored, looked up once an outlet when its first article comes.
	 */
	private record Expected(ArticleStore store, Map<String, Set<String>> addresses,
			Map<String, Set<String>> stored) implements TransactionSynchronization {

	}

	/**
	 * The new articles of a batch (and of those without an address, their keys), and
	 * which article each file (article id, file id) and each entry of it became (the last
	 * one named, as one upsert after another left it), written together before the batch
	 * records its people, and at the latest just before it commits.
	 */
	private record PendingWrites(ArticleStore store, List<Article> articles, Set<String> unaddressed,
			List<Object[]> files, Map<FileEntry, Long> entries) implements TransactionSynchronization {

		void add(long rawDocumentId, String entry, long articleId) {
			if (entry != null) {
				this.entries.put(new FileEntry(rawDocumentId, entry), articleId);
			}
			else {
				this.files.add(new Object[] { articleId, rawDocumentId });
			}
		}

		void write() {
			if (!this.articles.isEmpty() || !this.files.isEmpty() || !this.entries.isEmpty()) {
				this.store.write(this);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
		}

	}

}
