package org.newsarchive.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsarchive.article.ArticleStore;
import org.newsarchive.article.ParsedArticle;
import org.newsarchive.article.RawDocumentRef;
import org.newsarchive.article.StoreOutcome;
import org.newsarchive.source.SourceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.log.LogFormatUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns files into articles. Each file is kept byte for byte first, so that a file that
 * fails at any later step is still there with its reason; one file's failure never stops
 * the others, and an article is stored whole or not at all.
 */
@Service
public class ImportService {

	private static final Logger logger = LoggerFactory.getLogger(ImportService.class);

	private final ArticleStore store;

	private final TextDecoder decoder;

	private final Parsers parsers;

	private final IngestProperties properties;

	private final ImportRunRepository runs;

	private final ImportResultRowRepository results;

	private final Clock clock;

	private final SourceCatalog sources;

	ImportService(ArticleStore store, TextDecoder decoder, Parsers parsers, IngestProperties properties,
			ImportRunRepository runs, ImportResultRowRepository results, Clock clock, SourceCatalog sources) {
		this.store = store;
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
	 * Imports files in one run as they come, each read only when its turn comes, so that
	 * a run of any size holds one file at a time.
	 * @param origin where the files came from
	 * @param files the files, in the order they are imported
	 * @param listener told of each file's result, and asked before each file whether to
	 * stop
	 */
	public void importFiles(String origin, Iterator<IncomingFile> files, ImportListener listener) {
		ImportRun run = this.runs.save(new ImportRun(origin, this.clock.instant()));
		int position = 0;
		try {
			while (!listener.cancelled() && files.hasNext()) {
				IncomingFile file = files.next();
				Recorded recorded = importOne(file);
				this.results
					.save(new ImportResultRow(run.getId(), position++, recorded.rawDocumentId(), recorded.result()));
				listener.fileDone(recorded.result());
				logger.info("{} {}{}", recorded.result().status(), loggable(file.name()),
						(recorded.result().error() != null) ? ": " + loggable(recorded.result().error()) : "");
			}
		}
		finally {
			// A folder that cannot be read further ends the run, which is then over, not
			// running.
			run.finish(this.clock.instant());
			this.runs.save(run);
		}
	}

	/**
	 * Finishes what a process that died mid-import left: its runs are marked interrupted,
	 * and every file it kept without recording a result is imported again from its kept
	 * bytes, in a run of its own. Files stored whole come back UNCHANGED; nothing is half
	 * stored, as each article is stored in one transaction.
	 */
	void recoverInterrupted() {
		for (ImportRun run : this.runs.findByFinishedAtIsNull()) {
			run.markInterrupted(this.clock.instant());
			this.runs.save(run);
			logger.warn("Import run {} ({}) was interrupted by the end of its process", run.getId(), run.getOrigin());
		}
		List<IncomingFile> unrecorded = this.results.findKeptFilesWithoutResult()
			.stream()
			.map((file) -> new IncomingFile(file.getFileName(), this.store.rawContent(file.getId())))
			.toList();
		if (!unrecorded.isEmpty()) {
			logger.warn("Importing again {} files kept without a result by an interrupted run", unrecorded.size());
			importFiles("recovery", unrecorded);
		}
	}

	/** The latest runs, newest first, with what became of each file. */
	@Transactional(readOnly = true)
	public List<ImportRunView> recentRuns() {
		return this.runs.findTop20ByOrderByStartedAtDesc().stream().map(this::view).toList();
	}

	private ImportRunView view(ImportRun run) {
		List<ImportRunView.Entry> files = this.results.findByRunIdOrderByPosition(run.getId()).stream().map((row) -> {
			ImportResult result = row.toResult();
			return new ImportRunView.Entry(result.file(), result.status(), result.articleId(), result.warnings(),
					result.error(), row.getRawDocumentId());
		}).toList();
		return new ImportRunView(run.getId(), run.getOrigin(), run.getStartedAt(), run.getFinishedAt(),
				run.isInterrupted(), files);
	}

	private Recorded importOne(IncomingFile file) {
		String sha256 = sha256(file.content());
		Optional<RawDocumentRef> known = this.store.findRaw(sha256);
		if (known.isPresent() && known.get().articleId() != null) {
			return new Recorded(known.get().id(),
					new ImportResult(file.name(), ImportStatus.UNCHANGED, known.get().articleId(), List.of(), null));
		}
		if (file.content().length > this.properties.maxFileSize().toBytes()) {
			RawDocumentRef raw = this.store.keepRaw(file.name(), sha256, file.content(), null);
			return new Recorded(raw.id(),
					ImportResult.rejected(file.name(), "The file is %d bytes, over the limit of %d bytes."
						.formatted(file.content().length, this.properties.maxFileSize().toBytes())));
		}
		TextDecoder.DecodedText decoded;
		try {
			decoded = this.decoder.decode(file.content());
		}
		catch (UnreadableFileException ex) {
			RawDocumentRef raw = this.store.keepRaw(file.name(), sha256, file.content(), null);
			return new Recorded(raw.id(), ImportResult.rejected(file.name(), ImportBounds.field(ex.getMessage())));
		}
		RawDocumentRef raw = this.store.keepRaw(file.name(), sha256, file.content(), decoded.charset());
		ReadFile read;
		try {
			read = this.parsers.read(decoded);
		}
		catch (UnreadableFileException ex) {
			return new Recorded(raw.id(), ImportResult.rejected(file.name(), ImportBounds.field(ex.getMessage())));
		}
		catch (StackOverflowError ex) {
			logger.warn("The parser overflowed its stack on {}", loggable(file.name()), ex);
			return new Recorded(raw.id(), ImportResult.rejected(file.name(),
					"the file's text nests or repeats something too deeply to be read"));
		}
		catch (RuntimeException | Error ex) {
			// Whatever a parser throws ends with this file: its stack and memory are
			// released here, and the other files of the run still need reading.
			logger.warn("The parser failed on {}", loggable(file.name()), ex);
			return new Recorded(raw.id(), ImportResult.rejected(file.name(),
					"the file could not be read: the archive's reader failed on it (the details are in the server log)"));
		}
		List<ReadEntry> entries = read.entries();
		if (entries.isEmpty()) {
			return new Recorded(raw.id(), ImportResult.rejected(file.name(), "the file holds no article"));
		}
		Map<String, Long> stored = this.store.storedEntries(raw.id());
		List<ImportResult.ArticleResult> articles = entries.stream()
			.map((entry) -> importEntry(file, raw, entry, stored))
			.toList();
		if (articles.size() == 1) {
			ImportResult.ArticleResult only = articles.get(0);
			List<String> warnings = new ArrayList<>(only.warnings());
			warnings.addAll(read.notes());
			return new Recorded(raw.id(),
					new ImportResult(file.name(), only.status(), only.articleId(), warnings, only.error()));
		}
		List<String> warnings = new ArrayList<>(decoded.warnings());
		warnings.addAll(read.notes());
		return new Recorded(raw.id(), summary(file.name(), warnings, articles));
	}

	/**
	 * Stores one article of a file in a transaction of its own; an entry this file was
	 * already stored as stays as it is.
	 */
	private ImportResult.ArticleResult importEntry(IncomingFile file, RawDocumentRef raw, ReadEntry entry,
			Map<String, Long> stored) {
		if (entry.article() == null) {
			return new ImportResult.ArticleResult(entry.entry(), ImportStatus.REJECTED, null, null, List.of(),
					ImportBounds.field(entry.error()));
		}
		ParsedArticle parsed = entry.article();
		Long known = (entry.entry() != null) ? stored.get(entry.entry()) : null;
		if (known != null) {
			return new ImportResult.ArticleResult(entry.entry(), ImportStatus.UNCHANGED, known, parsed.title(),
					List.of(), null);
		}
		try {
			if (entry.source() != null) {
				this.sources.register(entry.source());
			}
			StoreOutcome outcome = this.store.store(parsed, raw.id(), entry.entry());
			ImportStatus status = outcome.created() ? ImportStatus.CREATED : ImportStatus.UPDATED;
			return new ImportResult.ArticleResult(entry.entry(), status, outcome.articleId(), parsed.title(),
					parsed.warnings(), null);
		}
		catch (RuntimeException ex) {
			// The database's message names statements and tables: it is for the log,
			// not for the person who sent the file.
			logger.warn("Could not store {}{}", loggable(file.name()),
					(entry.entry() != null) ? " entry " + loggable(entry.entry()) : "", ex);
			return new ImportResult.ArticleResult(entry.entry(), ImportStatus.REJECTED, null, parsed.title(), List.of(),
					"the article could not be stored (the details are in the server log)");
		}
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

	private record Recorded(Long rawDocumentId, ImportResult result) {

	}

}
