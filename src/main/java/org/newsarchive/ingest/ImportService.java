package org.newsarchive.ingest;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.newsarchive.article.ArticleStore;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.RawDocumentRef;
import org.newsarchive.article.StoreOutcome;
import org.newsarchive.entity.PeopleRecognition;
import org.newsarchive.entity.Recognition;
import org.newsarchive.search.SearchService;
import org.newsarchive.source.ObservedSource;
import org.newsarchive.source.SourceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.log.LogFormatUtils;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns files into articles. Each file is kept byte for byte with its articles, so that a
 * file that fails at any later step is still there with its reason; one file's failure
 * never stops the others, and an article is stored whole or not at all.
 * <p>
 * A pipeline: a worker reads the next files ahead (hash, decode, parse, recognise the
 * people) while the files before them are stored, many articles a transaction
 * ({@link IngestProperties#batchSize()}, or what came in
 * {@link IngestProperties#batchTime()}), their rows in JDBC batches and their people
 * looked up and recorded at once. A batch that fails is stored again file by file and
 * article by article, so that only what fails is rejected; a batch is committed whole
 * with its files' results, so a process that dies mid-import leaves whole batches, which
 * the same import run again finds UNCHANGED.
 */
@Service
public class ImportService {

	/**
	 * Bytes of files prepared ahead of the batch being stored at most: their text and
	 * articles are a few times that in memory.
	 */
	private static final long READ_AHEAD_BYTES = 16 * 1024 * 1024;

	/** Shown of each past run: the first files, with the count of all. */
	private static final int FILES_SHOWN_PER_RUN = 50;

	private static final Logger logger = LoggerFactory.getLogger(ImportService.class);

	private final ArticleStore store;

	private final TextDecoder decoder;

	private final Parsers parsers;

	private final IngestProperties properties;

	private final ImportRunRepository runs;

	private final ImportResultRowRepository results;

	private final Clock clock;

	private final SourceCatalog sources;

	private final Containers containers;

	private final WarcArchive warcs;

	private final ObjectProvider<PeopleRecognition> people;

	private final TransactionTemplate transaction;

	/**
	 * One thread beside the one storing, which keeps the machine's two cores busy: files
	 * are prepared in their order, so that the names recognition learns from one article
	 * the next one sees, as without reading ahead.
	 */
	private final ReadersFirst readers;

	private final ObjectProvider<SearchService> search;

	private final ExecutorService preparing = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("import-read-ahead").daemon().factory());

	ImportService(ArticleStore store, TextDecoder decoder, Parsers parsers, IngestProperties properties,
			ImportRunRepository runs, ImportResultRowRepository results, Clock clock, SourceCatalog sources,
			ObjectProvider<PeopleRecognition> people, TransactionTemplate transaction, ReadersFirst readers,
			ObjectProvider<SearchService> search) {
		this.store = store;
		this.search = search;
		this.readers = readers;
		this.people = people;
		this.transaction = transaction;
		this.containers = new Containers(properties.containerLimits());
		this.warcs = new WarcArchive(new WebPageParser(), decoder);
		this.sources = sources;
		this.decoder = decoder;
		this.parsers = parsers;
		this.properties = properties;
		this.runs = runs;
		this.results = results;
		this.clock = clock;
	}

	/**
	 * Imports files in one run.
	 * @param origin where the files came from, e.g. {@code startup:seeds} or
	 * {@code upload}
	 * @return one result per file, in the order given
	 */
	public List<ImportResult> importFiles(String origin, List<IncomingFile> files) {
		List<ImportResult> outcomes = new ArrayList<>();
		importFiles(origin, files.iterator(), outcomes::add);
		return outcomes;
	}

	/**
	 * Imports files in one run as they come, each read only a few files before its turn
	 * ({@link ReadAhead}), so that a run of any size holds a few files at a time.
	 * @param origin where the files came from
	 * @param files the files, in the order they are imported
	 * @param listener told of each file's result, and asked before each file whether to
	 * stop
	 */
	public void importFiles(String origin, Iterator<IncomingFile> files, ImportListener listener) {
		ImportRun run = this.runs.save(new ImportRun(origin, this.clock.instant()));
		Set<String> seen = RecentContent.set();
		// The files kept lately: a copy of one may have been looked up by the read-ahead,
		// at most twice a batch of files earlier, before it was kept.
		Set<String> keptInRun = RecentContent.set();
		Iterator<PreparedFile> ahead = new ReadAhead<>(files, this.preparing, 2 * this.properties.batchSize(),
				(file) -> file.content().length, READ_AHEAD_BYTES, (file) -> {
					long began = System.nanoTime();
					PreparedFile prepared = prepare(file, seen);
					// Readers first: at most three times the file's own time
					// (ReadersFirst).
					this.readers.yieldUpTo(3 * (System.nanoTime() - began));
					return prepared;
				});
		int position = 0;
		try {
			List<PreparedFile> batch = new ArrayList<>();
			int articles = 0;
			long started = 0;
			while (!listener.cancelled() && ahead.hasNext()) {
				PreparedFile file = ahead.next();
				if (batch.isEmpty()) {
					started = System.nanoTime();
				}
				batch.add(file);
				articles += file.articleCount();
				if (articles >= this.properties.batchSize()
						|| System.nanoTime() - started >= this.properties.batchTime().toNanos()) {
					position = storeBatch(run, position, batch, keptInRun, listener);
					batch.clear();
					articles = 0;
				}
			}
			storeBatch(run, position, batch, keptInRun, listener);
		}
		finally {
			// A folder that cannot be read further ends the run, which is then over, not
			// running.
			run.finish(this.clock.instant());
			this.runs.save(run);
			// Who ran an import expects to find what it stored at once, not a refresh
			// interval later.
			this.search.ifAvailable(SearchService::showEverythingWritten);
		}
	}

	/**
	 * Stores a batch of files in one transaction with their results; where that fails,
	 * each file again on its own, each article in a transaction of its own, so that only
	 * what cannot be stored is rejected.
	 * @param keptInRun the hashes of the files the run kept lately, to which this batch's
	 * are added
	 * @return the position of the next file in the run
	 */
	private int storeBatch(ImportRun run, int position, List<PreparedFile> files, Set<String> keptInRun,
			ImportListener listener) {
		if (files.isEmpty()) {
			return position;
		}
		List<Recorded> recorded;
		try {
			recorded = this.transaction.execute((status) -> {
				Batch batch = new Batch(new LinkedHashMap<>(), new HashSet<>(), keptInRun);
				this.store.expectInBatch(files.stream()
					.filter((file) -> file.read() != null)
					.flatMap((file) -> file.read().entries().stream())
					.map(ReadEntry::article)
					.filter((article) -> article != null)
					.toList());
				List<Recorded> stored = files.stream().map((file) -> importOne(file, batch)).toList();
				this.store.writeBatch();
				this.people.ifAvailable((people) -> people.record(batch.named()));
				this.results.saveAll(rows(run, position, stored));
				return stored;
			});
		}
		catch (RuntimeException ex) {
			logger.warn("A batch of {} files could not be stored at once; storing them one by one", files.size(), ex);
			recorded = new ArrayList<>();
			int next = position;
			for (PreparedFile file : files) {
				keptInRun.add(file.sha256());
				Recorded one = importOne(file, null);
				this.results.save(new ImportResultRow(run.getId(), next++, one.rawDocumentId(), one.result()));
				recorded.add(one);
			}
		}
		for (Recorded one : recorded) {
			listener.fileDone(one.result());
			logger.info("{} {}{}", one.result().status(), loggable(one.result().file()),
					(one.result().error() != null) ? ": " + loggable(one.result().error()) : "");
		}
		return position + files.size();
	}

	private static List<ImportResultRow> rows(ImportRun run, int position, List<Recorded> recorded) {
		List<ImportResultRow> rows = new ArrayList<>();
		for (Recorded one : recorded) {
			rows.add(new ImportResultRow(run.getId(), position + rows.size(), one.rawDocumentId(), one.result()));
		}
		return rows;
	}

	/**
	 * Reads a file ahead of storing it: its hash, and unless it is kept already, a
	 * container, a web archive or over the limit (which the import reads itself), its
	 * text decoded, its articles read and who each names recognised.
	 * @param seen the sources and content fingerprints of the articles read before in the
	 * run: a copy of one of them is stored UNCHANGED, so its people are not recognised
	 * (and where it is not, because a different copy came between, they are recognised as
	 * it is stored)
	 */
	private PreparedFile prepare(IncomingFile file, Set<String> seen) {
		String sha256 = sha256(file.content());
		if (file.content().length > this.properties.maxFileSize().toBytes()
				|| Containers.kind(file.content()).isContainer() || WarcArchive.recognises(file.content())) {
			return PreparedFile.notRead(file, sha256);
		}
		Optional<RawDocumentRef> kept = this.store.findRaw(sha256);
		if (kept.filter((raw) -> raw.articleId() != null).isPresent()) {
			return PreparedFile.notRead(file, sha256);
		}
		boolean newAhead = kept.isEmpty();
		TextDecoder.DecodedText decoded;
		try {
			decoded = this.decoder.decode(file.content());
		}
		catch (UnreadableFileException ex) {
			return new PreparedFile(file, sha256, newAhead, null, null, ex.getMessage(), Map.of());
		}
		ReadFile read;
		try {
			read = read(file.name(), () -> this.parsers.read(decoded));
		}
		catch (UnreadableFileException ex) {
			return new PreparedFile(file, sha256, newAhead, decoded, null, ex.getMessage(), Map.of());
		}
		Map<ParsedArticle, Recognition> recognitions = new IdentityHashMap<>();
		PeopleRecognition people = this.people.getIfAvailable();
		if (people != null) {
			read.entries()
				.stream()
				.map(ReadEntry::article)
				.filter((article) -> article != null)
				.filter((article) -> seen.add(article.sourceSlug() + "\n" + article.contentFingerprint()))
				.forEach((article) -> recognitions.put(article, people.recognise(article)));
		}
		return new PreparedFile(file, sha256, newAhead, decoded, read, null, recognitions);
	}

	/**
	 * Finishes what a process that died mid-import left: its runs are marked interrupted,
	 * and every file it kept without recording a result is imported again from its kept
	 * bytes, in a run of its own. Files stored whole come back UNCHANGED; nothing is half
	 * stored, as each article is stored in one transaction. Runs of other portal
	 * instances still connected to the database are theirs; while one is under way, a
	 * file kept without a result may be its file in progress, so those wait for a later
	 * start.
	 */
	void recoverInterrupted() {
		for (ImportRun run : this.runs.findUnfinishedOfEndedProcesses()) {
			run.markInterrupted(this.clock.instant());
			this.runs.save(run);
			logger.warn("Import run {} ({}) was interrupted by the end of its process", run.getId(), run.getOrigin());
		}
		if (this.runs.existsUnfinishedOfLiveProcess()) {
			logger.info("Another portal instance is importing: files kept without a result are left to it");
			return;
		}
		List<ImportResultRowRepository.UnrecordedFile> unrecorded = this.results.findKeptFilesWithoutResult();
		if (!unrecorded.isEmpty()) {
			logger.warn("Importing again {} files kept without a result by an interrupted run", unrecorded.size());
			// Each file's bytes are loaded only as the import reaches it.
			importFiles("recovery",
					unrecorded.stream()
						.map((file) -> new IncomingFile(file.getFileName(), this.store.rawContent(file.getId())))
						.iterator(),
					(result) -> {
					});
		}
	}

	/** The latest runs, newest first, with what became of each file. */
	@Transactional(readOnly = true)
	public List<ImportRunView> recentRuns() {
		return this.runs.findTop20ByOrderByStartedAtDesc().stream().map(this::view).toList();
	}

	private ImportRunView view(ImportRun run) {
		List<ImportRunView.Entry> files = this.results
			.findByRunIdOrderByPosition(run.getId(), Limit.of(FILES_SHOWN_PER_RUN))
			.stream()
			.map((row) -> {
				ImportResult result = row.toResult();
				return new ImportRunView.Entry(result.file(), result.status(), result.articleId(), result.warnings(),
						result.error(), row.getRawDocumentId());
			})
			.toList();
		return new ImportRunView(run.getId(), run.getOrigin(), run.getStartedAt(), run.getFinishedAt(),
				run.isInterrupted(), files, this.results.countByRunId(run.getId()));
	}

	/**
	 * The text an article was read from: its kept file's, or where that file is a
	 * container, the text of the inner file its entry names.
	 * @param charset the kept file's, or null where it is not text
	 * @param entry the article's entry, or null where it is the whole file
	 */
	public String originalText(byte[] content, String charset, String entry) {
		Containers.Kind kind = Containers.kind(content);
		if (!kind.isContainer()) {
			return new String(content, Charset.forName((charset != null) ? charset : "UTF-8"));
		}
		List<byte[]> found = new ArrayList<>();
		this.containers.forEachFile(kind, content, (inner) -> {
			if (inner.content() != null && found.isEmpty() && names(inner.path(), entry)) {
				found.add(inner.content());
			}
		});
		return found.isEmpty() ? "" : this.decoder.decode(found.get(0)).text();
	}

	/** Whether an entry is the inner file's, or one of its articles. */
	private static boolean names(String path, String entry) {
		if (entry == null) {
			return path.isEmpty();
		}
		return entry.equals(path) || (path.isEmpty() && !entry.contains("/")) || entry.startsWith(path + "#");
	}

	/**
	 * Keeps a file and stores its articles.
	 * @param batch where the file is stored with others in one transaction, which a
	 * failure ends; null where it is stored on its own, a failing article rejected alone
	 */
	private Recorded importOne(PreparedFile prepared, Batch batch) {
		IncomingFile file = prepared.file();
		String sha256 = prepared.sha256();
		if (batch != null && prepared.newAhead() && !batch.keptInRun().contains(sha256)) {
			return importPrepared(prepared, batch);
		}
		Optional<RawDocumentRef> known = this.store.findRaw(sha256);
		if (known.isPresent() && known.get().articleId() != null) {
			return new Recorded(known.get().id(),
					new ImportResult(file.name(), ImportStatus.UNCHANGED, known.get().articleId(), List.of(), null));
		}
		if (prepared.decoded() != null || prepared.unreadable() != null) {
			return importPrepared(prepared, batch);
		}
		Containers.Kind kind = Containers.kind(file.content());
		boolean warc = WarcArchive.recognises(file.content());
		long limit = ((kind.isContainer() || warc) ? this.properties.maxContainerSize() : this.properties.maxFileSize())
			.toBytes();
		if (file.content().length > limit) {
			RawDocumentRef raw = this.store.keepRaw(file.name(), sha256, file.content(), null);
			return new Recorded(raw.id(), ImportResult.rejected(file.name(),
					"The file is %d bytes, over the limit of %d bytes.".formatted(file.content().length, limit)));
		}
		if (kind.isContainer()) {
			return importContainer(file, sha256, kind, batch);
		}
		// A WARC, gzipped or not, is read record by record, not unpacked as a container.
		if (warc) {
			RawDocumentRef raw = this.store.keepRaw(file.name(), sha256, file.content(), null);
			ReadFile read;
			try {
				read = read(file.name(), () -> this.warcs.read(file.content()));
			}
			catch (UnreadableFileException ex) {
				return new Recorded(raw.id(), ImportResult.rejected(file.name(), ImportBounds.field(ex.getMessage())));
			}
			return importRead(file, raw, read, List.of(), Map.of(), this.store.storedEntries(raw.id()), batch);
		}
		return importPrepared(prepare(file, RecentContent.set()), batch);
	}

	/**
	 * Keeps a file read ahead and stores its articles. A file the read-ahead found not
	 * kept, and not kept by the run since, is kept in the batch without looking again and
	 * has no stored entries: each look-up was a round trip the import waited for.
	 */
	private Recorded importPrepared(PreparedFile prepared, Batch batch) {
		IncomingFile file = prepared.file();
		String charset = (prepared.decoded() != null) ? prepared.decoded().charset() : null;
		boolean known = batch == null || !prepared.newAhead() || !batch.keptInRun().add(prepared.sha256());
		RawDocumentRef raw = known ? this.store.keepRaw(file.name(), prepared.sha256(), file.content(), charset)
				: this.store.keepNewRaw(file.name(), prepared.sha256(), file.content(), charset);
		if (prepared.read() == null) {
			return new Recorded(raw.id(),
					ImportResult.rejected(file.name(), ImportBounds.field(prepared.unreadable())));
		}
		Map<String, Long> stored = known ? this.store.storedEntries(raw.id()) : Map.of();
		return importRead(file, raw, prepared.read(), prepared.decoded().warnings(), prepared.recognitions(), stored,
				batch);
	}

	/**
	 * Stores the articles read from a kept file.
	 * @param decodingWarnings what decoding the file's bytes noticed
	 * @param recognitions who each article names, where recognised ahead
	 * @param stored which article each entry of the kept file already became
	 */
	private Recorded importRead(IncomingFile file, RawDocumentRef raw, ReadFile read, List<String> decodingWarnings,
			Map<ParsedArticle, Recognition> recognitions, Map<String, Long> stored, Batch batch) {
		List<ImportResult.ArticleResult> articles = read.entries()
			.stream()
			.map((entry) -> importEntry(file, raw, entry, stored, recognitions, batch))
			.toList();
		List<String> warnings = new ArrayList<>(decodingWarnings);
		warnings.addAll(read.notes());
		return new Recorded(raw.id(), result(file.name(), warnings, read.notes(), articles));
	}

	/**
	 * A zip, tar or gzip: kept once as it came, measured against the limits before any of
	 * it is stored, then each inner file read as if it came alone, its articles entries
	 * of the container named by their paths.
	 */
	private Recorded importContainer(IncomingFile file, String sha256, Containers.Kind kind, Batch batch) {
		Containers.Survey survey;
		try {
			survey = this.containers.survey(kind, file.content());
		}
		catch (UnreadableFileException | ContainerLimitException ex) {
			RawDocumentRef raw = this.store.keepRaw(file.name(), sha256, file.content(), null);
			return new Recorded(raw.id(), ImportResult.rejected(file.name(), ImportBounds.field(ex.getMessage())));
		}
		RawDocumentRef raw = this.store.keepRaw(file.name(), sha256, file.content(), null);
		Map<String, Long> stored = this.store.storedEntries(raw.id());
		List<String> warnings = new ArrayList<>(survey.notes());
		List<ImportResult.ArticleResult> articles = new ArrayList<>();
		this.containers.forEachFile(kind, file.content(),
				(inner) -> articles.addAll(importInner(file, raw, inner, stored, warnings, batch)));
		if (articles.isEmpty()) {
			return new Recorded(raw.id(), new ImportResult(file.name(), ImportStatus.REJECTED, null,
					ImportBounds.warnings(warnings), "the container holds no file to read"));
		}
		if (kind == Containers.Kind.GZIP) {
			return new Recorded(raw.id(), result(file.name(), warnings, warnings, articles));
		}
		return new Recorded(raw.id(), summary(file.name(), ImportBounds.warnings(warnings), articles));
	}

	/**
	 * One file of a container, read as if it came alone; what keeps it from being read
	 * rejects it alone.
	 * @param warnings the container's, to which what the file as a whole showed is added
	 */
	private List<ImportResult.ArticleResult> importInner(IncomingFile file, RawDocumentRef raw,
			Containers.InnerFile inner, Map<String, Long> stored, List<String> warnings, Batch batch) {
		String name = inner.path().isEmpty() ? null : inner.path();
		if (inner.error() != null) {
			return List.of(rejectedEntry(name, inner.error()));
		}
		ReadFile read;
		try {
			TextDecoder.DecodedText decoded = this.decoder.decode(inner.content());
			read = read(inner.path(), () -> this.parsers.read(decoded));
		}
		catch (UnreadableFileException ex) {
			return List.of(rejectedEntry(name, ex.getMessage()));
		}
		read.notes().stream().map((note) -> (name != null) ? name + ": " + note : note).forEach(warnings::add);
		return read.entries()
			.stream()
			.map((entry) -> importEntry(file, raw, entry.within(inner.path()), stored, Map.of(), batch))
			.toList();
	}

	/**
	 * The articles of a decoded file, each within the bounds.
	 * @throws UnreadableFileException with the reason, where none of it can be read
	 */
	private ReadFile read(String name, Supplier<ReadFile> reading) {
		ReadFile read;
		try {
			read = reading.get();
		}
		catch (StackOverflowError ex) {
			logger.warn("The parser overflowed its stack on {}", loggable(name), ex);
			throw new UnreadableFileException("the file's text nests or repeats something too deeply to be read");
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (RuntimeException | Error ex) {
			// Whatever a parser throws ends with this file: its stack and memory are
			// released here, and the other files of the run still need reading.
			logger.warn("The parser failed on {}", loggable(name), ex);
			throw new UnreadableFileException(
					"the file could not be read: the archive's reader failed on it (the details are in the server log)");
		}
		if (read.entries().isEmpty()) {
			throw new UnreadableFileException("the file holds no article");
		}
		return read;
	}

	/**
	 * A file's result: the single shape for a file of one article, else the articles
	 * listed.
	 * @param fileWarnings for a file of several articles
	 * @param singleWarnings added to the one article's own, for a file of one
	 */
	private static ImportResult result(String file, List<String> fileWarnings, List<String> singleWarnings,
			List<ImportResult.ArticleResult> articles) {
		if (articles.size() == 1) {
			ImportResult.ArticleResult only = articles.get(0);
			List<String> warnings = new ArrayList<>(only.warnings());
			warnings.addAll(singleWarnings);
			return new ImportResult(file, only.status(), only.articleId(), warnings, only.error());
		}
		return summary(file, fileWarnings, articles);
	}

	private static ImportResult.ArticleResult rejectedEntry(String entry, String reason) {
		return new ImportResult.ArticleResult(entry, ImportStatus.REJECTED, null, null, List.of(),
				ImportBounds.field(reason));
	}

	/**
	 * Stores one article of a file, with who it names: in the batch's transaction, or in
	 * a transaction of its own; an entry this file was already stored as stays as it is.
	 * @param recognitions who the file's articles name, where recognised ahead; an
	 * article not among them is recognised now
	 */
	private ImportResult.ArticleResult importEntry(IncomingFile file, RawDocumentRef raw, ReadEntry entry,
			Map<String, Long> stored, Map<ParsedArticle, Recognition> recognitions, Batch batch) {
		if (entry.article() == null) {
			return rejectedEntry(entry.entry(), entry.error());
		}
		ParsedArticle parsed = entry.article();
		Long known = (entry.entry() != null) ? stored.get(entry.entry()) : null;
		if (known != null) {
			return new ImportResult.ArticleResult(entry.entry(), ImportStatus.UNCHANGED, known, parsed.title(),
					List.of(), null);
		}
		PeopleRecognition people = this.people.getIfAvailable();
		Supplier<Recognition> named = () -> recognitions.containsKey(parsed) ? recognitions.get(parsed)
				: people.recognise(parsed);
		StoreOutcome outcome;
		try {
			if (entry.source() != null && (batch == null || batch.registered().add(entry.source()))) {
				this.sources.register(entry.source());
			}
			if (batch != null) {
				outcome = this.store.storeInBatch(parsed, raw.id(), entry.entry());
				if (people != null && outcome.change() != StoreOutcome.Change.UNCHANGED) {
					batch.named().put(outcome.articleId(), named.get());
				}
			}
			else {
				outcome = this.store.store(parsed, raw.id(), entry.entry(), (changed) -> {
					if (people != null) {
						people.record(Map.of(changed.articleId(), named.get()));
					}
				});
			}
		}
		catch (RuntimeException ex) {
			if (batch != null) {
				// the batch is stored again article by article, where this one is
				// rejected alone
				throw ex;
			}
			// The database's message names statements and tables: it is for the log,
			// not for the person who sent the file.
			logger.warn("Could not store {}{}", loggable(file.name()),
					(entry.entry() != null) ? " entry " + loggable(entry.entry()) : "", ex);
			return new ImportResult.ArticleResult(entry.entry(), ImportStatus.REJECTED, null, parsed.title(), List.of(),
					"the article could not be stored (the details are in the server log)");
		}
		ImportStatus status = switch (outcome.change()) {
			case CREATED -> ImportStatus.CREATED;
			case UPDATED -> ImportStatus.UPDATED;
			case UNCHANGED -> ImportStatus.UNCHANGED;
		};
		return new ImportResult.ArticleResult(entry.entry(), status, outcome.articleId(), parsed.title(),
				parsed.warnings(), null);
	}

	/**
	 * A file of several articles: rejected only where none of them was stored, and then
	 * with the first reason.
	 */
	private static ImportResult summary(String file, List<String> fileWarnings,
			List<ImportResult.ArticleResult> articles) {
		long rejected = articles.stream().filter((a) -> a.status() == ImportStatus.REJECTED).count();
		List<String> warnings = new ArrayList<>(fileWarnings);
		if (rejected == articles.size()) {
			return new ImportResult(file, ImportStatus.REJECTED, null, warnings,
					"none of its %d articles could be read or stored; the first: %s".formatted(articles.size(),
							articles.get(0).error()),
					articles);
		}
		if (rejected > 0) {
			warnings.add("%d of its %d articles were rejected".formatted(rejected, articles.size()));
		}
		ImportStatus status = articles.stream()
			.map(ImportResult.ArticleResult::status)
			.filter((s) -> s != ImportStatus.REJECTED)
			.min(Comparator.naturalOrder())
			.orElseThrow();
		return new ImportResult(file, status, null, warnings, null, articles);
	}

	/**
	 * Quoted, line breaks and control characters replaced: a name cannot forge log lines.
	 */
	private static String loggable(String text) {
		return LogFormatUtils.formatValue(text, -1, true);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The content of the last ten thousand articles a run read, or the hashes of the last
	 * ten thousand files it kept: copies of an article in one run come close together (a
	 * dump and its later dump, a feed and its archive), and a key is about a hundred
	 * bytes.
	 */
	private static final class RecentContent extends LinkedHashMap<String, Boolean> {

		private static final int KEPT = 10_000;

		static Set<String> set() {
			return Collections.synchronizedSet(Collections.newSetFromMap(new RecentContent()));
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > KEPT;
		}

	}

	private record Recorded(Long rawDocumentId, ImportResult result) {

	}

	/**
	 * Files stored in one transaction.
	 *
	 * @param named who each article stored in it names, by article id, recorded at once
	 * before it commits
	 * @param registered the outlets its files named, each registered once
	 * @param keptInRun the hashes of the files its run kept lately, this batch's
	 * included: a file found not kept by the read-ahead, but kept by the run since, is
	 * looked up again (one kept longer ago was kept before the read-ahead looked it up)
	 */
	private record Batch(Map<Long, Recognition> named, Set<ObservedSource> registered, Set<String> keptInRun) {

	}

	/**
	 * A file as the read-ahead left it for the import.
	 *
	 * @param newAhead whether the read-ahead looked it up and found it not kept
	 * @param decoded its text, or null where it was not read ahead or could not be
	 * decoded
	 * @param read its articles, or null where not read ahead or unreadable
	 * @param unreadable why it could not be decoded or read, or null
	 * @param recognitions who each of its articles names
	 */
	private record PreparedFile(IncomingFile file, String sha256, boolean newAhead, TextDecoder.DecodedText decoded,
			ReadFile read, String unreadable, Map<ParsedArticle, Recognition> recognitions) {

		/** A file the import reads itself, as it stores it. */
		static PreparedFile notRead(IncomingFile file, String sha256) {
			return new PreparedFile(file, sha256, false, null, null, null, Map.of());
		}

		/** How many articles it adds to a batch: a file not read ahead counts as one. */
		int articleCount() {
			return (this.read != null) ? this.read.entries().size() : 1;
		}

	}

}
