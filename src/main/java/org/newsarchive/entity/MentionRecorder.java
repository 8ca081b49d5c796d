package org.newsarchive.entity;

import java.util.List;

import org.newsarchive.article.ArticleQueries;
import org.newsarchive.article.ArticleStored;
import org.newsarchive.article.ArticleView;
import org.newsarchive.article.ParsedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recognises who an article names when it is stored, inside the storing transaction, so
 * that the index entry written after the commit already carries the people.
 */
@Component
class MentionRecorder {

	private static final Logger logger = LoggerFactory.getLogger(MentionRecorder.class);

	private final EntityRecognizer recognizer;

	private final EntityDirectory directory;

	private final ArticleQueries articles;

	MentionRecorder(EntityRecognizer recognizer, EntityDirectory directory, ArticleQueries articles) {
		this.recognizer = recognizer;
		this.directory = directory;
		this.articles = articles;
	}

	@EventListener
	void on(ArticleStored stored) {
		recognise(stored.articleId());
	}

	void recognise(long articleId) {
		ArticleView article = this.articles.get(articleId);
		long started = System.nanoTime();
		Recognition recognition;
		try {
			recognition = this.recognizer.recognise(parsed(article));
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
