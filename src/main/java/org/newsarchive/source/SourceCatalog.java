package org.newsarchive.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The known outlets. */
@Service
@Transactional(readOnly = true)
public class SourceCatalog {

	private final SourceRepository sources;

	SourceCatalog(SourceRepository sources) {
		this.sources = sources;
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
		source.rename(name.strip());
		return source;
	}

	/**
	 * Removes a merged source, whose articles the caller has moved, and lets its slug
	 * lead to the source it was merged into.
	 */
	@Transactional
	public void absorb(Source merged, Source into) {
		this.sources.moveAliases(merged.getId(), into.getId());
		this.sources.delete(merged);
		this.sources.flush();
		this.sources.addAlias(merged.getSlug(), into.getId());
	}

	/** The slugs of the sources merged into this one. */
	public List<String> aliases(String slug) {
		return this.sources.findAliases(bySlug(slug).getId());
	}

	public List<Source> all() {
		return this.sources.findAllByOrderByNameAsc();
	}

	public Map<Long, Source> byId() {
		return all().stream().collect(Collectors.toMap(Source::getId, Function.identity()));
	}

}
