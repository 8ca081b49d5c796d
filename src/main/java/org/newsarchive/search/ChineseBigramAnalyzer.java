package org.newsarchive.search;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese as overlapping pairs of characters, folded to simplified script. The word
 * segmenter is context-sensitive: it reads 设立联络处 as {@code 设立 联络处} in one sentence and
 * {@code 设立 联络 处} in another, so a phrase of its words can miss text that holds the very
 * same characters. A phrase of bigrams matches exactly the characters asked for, whatever
 * the segmenter made of them, and still never matches them scattered.
 */
final class ChineseBigramAnalyzer extends TraditionalFoldingAnalyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new CJKWidthFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		stream = new CJKBigramFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
