package org.newsarchive.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one analyzer the index writes with and the query parser reads with, so that each
 * field is analysed the same way on both sides.
 */
final class SearchAnalyzers {

	private SearchAnalyzers() {
	}

	static Analyzer perField() {
		Analyzer chinese = new ChineseAnalyzer();
		Analyzer english = new EnglishAnalyzer();
		Analyzer bigrams = new ChineseBigramAnalyzer();
		Map<String, Analyzer> byField = new HashMap<>();
		for (String field : SearchFields.SEARCHED.keySet()) {
			byField.put(field,
					SearchFields.isBigrams(field) ? bigrams : SearchFields.isChinese(field) ? chinese : english);
		}
		// Identifiers, slugs and tags are indexed as given; nothing else is tokenized.
		return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
	}

}
