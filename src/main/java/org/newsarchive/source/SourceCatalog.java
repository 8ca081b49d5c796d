package org.newsarchive.source;

import java.util.List;
import java.util.Map;
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

	public Source bySlug(String slug) {
		return this.sources.findBySlug(slug).orElseThrow(() -> new SourceNotFoundException(slug));
	}

	/**
	 * The source an imported file names: the known one with its slug, or a new one made
	 * from what the file says. Two imports naming a new outlet at once make it once.
	 */
	@Transactional
	public Source register(ObservedSource observed) {
		this.sources.insertIfAbsent(observed.slug(), observed.name(), observed.homepage(),
				(observed.language() != null) ? observed.language() : "und");
		return bySlug(observed.slug());
	}

	public List<Source> all() {
		return this.sources.findAllByOrderByNameAsc();
	}

	public Map<Long, Source> byId() {
		return all().stream().collect(Collectors.toMap(Source::getId, Function.identity()));
	}

}
