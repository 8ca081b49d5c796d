package org.newsarchive.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Analysis for Chinese text in either script: Traditional characters are folded to
 * Simplified (offsets keep pointing at the original), smartcn's HMM segmenter splits
 * words, punctuation and English stop words are dropped, and Latin words are stemmed like
 * English.
 * <p>
 * Single Chinese characters such as {@code 的} are kept: they carry meaning in names and
 * phrases, and dropping them would let phrase queries match across gaps. English stop
 * words go because a query is parsed against the Chinese and the English fields alike: a
 * {@code the} kept here would demand a match in the Chinese fields that English text
 * never gives. The segmenter itself folds full-width Latin to half-width and lower-cases
 * it.
 */
public final class ChineseAnalyzer extends TraditionalFoldingAnalyzer {

	private static final CharArraySet STOP_WORDS = stopWords();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new HMMChineseTokenizer();
		TokenStream stream = new StopFilter(tokenizer, STOP_WORDS);
		stream = new PorterStemFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
		words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return CharArraySet.unmodifiableSet(words);
	}

}
