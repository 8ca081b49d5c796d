package org.newsarchive.entity;

import java.util.List;
import java.util.Map;

import org.newsarchive.article.ParsedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the articles of an import name: recognised while the import reads its next files
 * ahead, on its own threads, and recorded with the articles, in the transaction that
 * stores them, so that the index entries written after the commit already carry the
 * people.
 */
@Component
public class PeopleRecognition {

	private static final Logger logger = LoggerFactory.getLogger(PeopleRecognition.class);

	private static final Recognition NOBODY = new Recognition(List.of(), List.of());

	private final EntityRecognizer recognizer;

	private final EntityDirectory directory;

	PeopleRecognition(@Lazy EntityRecognizer recognizer, EntityDirectory directory) {
		this.recognizer = recognizer;
		this.directory = directory;
	}

	/**
	 * Who an article names; nobody where recognition fails, as an article without its
	 * people is better than no article.
	 */
	public Recognition recognise(ParsedArticle article) {
		try {
			return this.recognizer.recognise(article);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not recognise the people in the article titled {}", article.title(), ex);
			return NOBODY;
		}
	}

	/**
	 * Replaces who the stored articles name, by article id, in the storing transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Map<Long, Recognition> recognitions) {
		this.directory.recordAll(recognitions);
	}

}
