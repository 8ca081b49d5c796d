package org.newsarchive.search;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;

/**
 * An analyzer that reads traditional script as simplified, in indexed text and in query
 * terms alike (wildcard and prefix terms are not segmented but must still be folded),
 * with offsets kept pointing into the original text.
 */
abstract class TraditionalFoldingAnalyzer extends Analyzer {

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new TraditionalToSimplifiedCharFilter(reader);
	}

	@Override
	protected Reader initReaderForNormalization(String fieldName, Reader reader) {
		return new TraditionalToSimplifiedCharFilter(reader);
	}

}
