package org.newsarchive.source;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The known outlets. They are few and seldom change, and every list of articles names
 * theirs, so all of them are kept in memory: read again after this instance creates,
 * renames or merges one (once its transaction ends), when an article names one not kept
 * (created by another instance), and at least every {@link #KEPT_FOR}.
 */
@Service
@Transactional(readOnly = true)
public class SourceCatalog {

	/** How late a source another instance renamed may show its old name here. */
	static final Duration KEPT_FOR = Duration.ofSeconds(30);

	private final SourceRepository sources;

	private final JdbcClient jdbc;

	/**
	 * How many changes to the sources this instance has made or ended: a catalogue read
	 * before the latest is not kept.
	 */
	private final AtomicLong changes = new AtomicLong();

	private volatile Kept kept;

	SourceCatalog(SourceRepository sources, JdbcClient jdbc) {
		this.sources = sources;
		this.jdbc = jdbc;
	}

	/**
	 * The source with this slug; a merged source's slug is not one (see
	 * {@link #resolve}).
	 */
	public Source bySlug(String slug) {
		return this.sources.findBySlug(slug).orElseThrow(() -> new SourceNotFoundException(slug));
	}

	/**
	 * The source a slug leads to: its own, or the one a source of that slug was merged
	 * into.
	 */
	public Source resolve(String slug) {
		return this.sources.findBySlugOrAlias(slug).orElseThrow(() -> new SourceNotFoundException(slug));
	}

	/**
	 * The source an imported file names: the known one with its slug (or the one it was
	 * merged into), or a new one made from what the file says. A known source keeps its
	 * name, homepage and language. Two imports naming a new outlet at once make it once.
	 */
	@Transactional
	public Source register(ObservedSource observed) {
		Optional<Source> known = this.sources.findBySlugOrAlias(observed.slug());
		if (known.isPresent()) {
			return known.get();
		}
		changed();
		// Registered under the slug of its name before slugs were ASCII: it keeps that
		// slug, and the ASCII one leads to it.
		Optional<Source> former = this.sources.findWithFormerSlugByName(observed.name());
		if (former.isPresent()) {
			this.sources.addAlias(observed.slug(), former.get().getId());
			return former.get();
		}
		this.sources.insertIfAbsent(observed.slug(), observed.name(), observed.homepage(),
				(observed.language() != null) ? observed.language() : "und");
		return resolve(observed.slug());
	}

	/** Gives a source another display name; its slug, and so its addresses, stay. */
	@Transactional
	public Source rename(String slug, String name) {
		if (name == null || name.isBlank()) {
			throw new SourceCurationException("A source needs a name.");
		}
		Source source = bySlug(slug);
		changed();
		source.rename(name.strip());
		return source;
	}

	/**
	 * Removes a merged source, whose articles the caller has moved, and lets its slug
	 * lead to the source it was merged into.
	 */
	@Transactional
	public void absorb(Source merged, Source into) {
		changed();
		this.sources.moveAliases(merged.getId(), into.getId());
		this.sources.delete(merged);
		this.sources.flush();
		this.sources.addAlias(merged.getSlug(), into.getId());
	}

	/** The slugs of the sources merged into this one. */
	public List<String> aliases(String slug) {
		return this.sources.findAliases(bySlug(slug).getId());
	}

	/** Every source by name, as kept: the sources are not managed entities. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Source> all() {
		return kept().byName();
	}

	/** Every source by id, as kept: the sources are not managed entities. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<Long, Source> byId() {
		return kept().byId();
	}

	/**
	 * The source with this id, as kept, read again if it is not: another instance may
	 * have created it since. Asked for each article of a list, it begins no transaction
	 * of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Source byId(long id) {
		Source source = kept().byId().get(id);
		if (source == null) {
			this.changes.incrementAndGet();
			source = kept().byId().get(id);
		}
		if (source == null) {
			throw new SourceNotFoundException(id);
		}
		return source;
	}

	private Kept kept() {
		Kept kept = this.kept;
		long changes = this.changes.get();
		long now = System.nanoTime();
		// A transaction that changed the sources, until it has ended, reads them itself:
		// what another thread kept meanwhile was read before its change was committed.
		boolean changing = TransactionSynchronizationManager.hasResource(this);
		if (!changing && kept != null && kept.changes() == changes && now - kept.readAt() < KEPT_FOR.toNanos()) {
			return kept;
		}
		List<Source> byName = this.jdbc
			.sql("select id, slug, name, homepage, language, description from sources order by name")
			.query((row, number) -> new Source(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5), row.getString(6)))
			.list();
		Kept read = new Kept(List.copyOf(byName),
				Map.copyOf(byName.stream().collect(Collectors.toMap(Source::getId, Function.identity()))), changes,
				now);
		// A transaction that changed the sources sees them as others may never will.
		if (!changing) {
			this.kept = read;
		}
		return read;
	}

	/**
	 * Notes a change to the sources now, so that no reader keeps what it reads meanwhile
	 * past the change, and again as its transaction ends, so that what was read before
	 * the change was committed is not kept either; the changing transaction keeps nothing
	 * it reads.
	 */
	private void changed() {
		this.changes.incrementAndGet();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResource(SourceCatalog.this);
					SourceCatalog.this.changes.incrementAndGet();
				}
			});
		}
	}

	/** The sources as read once, and when. */
	private record Kept(List<Source> byName, Map<Long, Source> byId, long changes, long readAt) {

	}

}
