package org.newsarchive.entity;

import java.util.List;
import java.util.function.Supplier;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.ParsedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Recognises again who a stored article names, as read back from the database, when the
 * gazetteer changed; an import recognises its articles itself
 * ({@link PeopleRecognition}).
 */
@Component
class MentionRecorder {

	private static final Logger logger = LoggerFactory.getLogger(MentionRecorder.class);

	private final EntityRecognizer recognizer;

	private final EntityDirectory directory;

	private final ArticleQueries articles;

	MentionRecorder(@Lazy EntityRecognizer recognizer, EntityDirectory directory, ArticleQueries articles) {
		this.recognizer = recognizer;
		this.directory = directory;
		this.articles = articles;
	}

	/** Recognises a stored article again, as read back from the database. */
	void recognise(long articleId) {
		ArticleView article = this.articles.get(articleId);
		record(articleId, () -> this.recognizer.recognise(parsed(article)));
	}

	private void record(long articleId, Supplier<Recognition> recognise) {
		long started = System.nanoTime();
		Recognition recognition;
		try {
			recognition = recognise.get();
		}
		catch (RuntimeException ex) {
			// An article without its people is better than no article: keep it, say why.
			// Only recognition is forgiven; a failure to store is the transaction's to
			// undo.
			logger.warn("Could not recognise the people in article {}", articleId, ex);
			return;
		}
		long recognised = System.nanoTime();
		this.directory.record(articleId, recognition);
		logger.debug("Article {}: {} entities recognised in {} ms, stored in {} ms", articleId,
				recognition.entities().size(), (recognised - started) / 1_000_000,
				(System.nanoTime() - recognised) / 1_000_000);
	}

	/**
	 * The recogniser reads the same fields a parser produced; a stored article has them
	 * all.
	 */
	static ParsedArticle parsed(ArticleView article) {
		return new ParsedArticle(article.source().slug(), article.title(), article.otherTitle(), article.url(),
				article.section(), article.authors(), article.published(), null, article.languages(), article.lede(),
				article.body(), article.images(), 0, List.of(), "stored");
	}

}
