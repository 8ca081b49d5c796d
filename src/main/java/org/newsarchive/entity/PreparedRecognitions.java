package org.newsarchive.entity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.newsarchive.article.ParsedArticle;

import org.springframework.stereotype.Component;

/**
 * Who each article about to be stored names, recognised ahead of time: an import reads
 * and recognises its next files on several threads while it stores the current one, so
 * the storing, which must keep the files' order, does not wait for recognition.
 * Recognition is a pure function of the article's text; an article stored without one
 * prepared is recognised then.
 */
@Component
public class PreparedRecognitions {

	/**
	 * Far more than an import keeps in flight; articles prepared but never stored (an
	 * UNCHANGED entry, a failed store) age out.
	 */
	private static final int CAPACITY = 4096;

	private final EntityRecognizer recognizer;

	/** By content: recognition depends on nothing else. */
	private final Map<ParsedArticle, Recognition> prepared = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<ParsedArticle, Recognition> eldest) {
			return size() > CAPACITY;
		}

	};

	PreparedRecognitions(EntityRecognizer recognizer) {
		this.recognizer = recognizer;
	}

	/** Recognises the people an article names, for when it is stored. */
	public void prepare(ParsedArticle article) {
		Recognition recognition;
		try {
			recognition = this.recognizer.recognise(article);
		}
		catch (RuntimeException ex) {
			// recognised again when stored, where a failure is logged with the article
			return;
		}
		synchronized (this.prepared) {
			this.prepared.put(article, recognition);
		}
	}

	/** The recognition prepared for the article, taken once, or a fresh one. */
	Recognition take(ParsedArticle article) {
		Recognition recognition;
		synchronized (this.prepared) {
			recognition = this.prepared.remove(article);
		}
		return (recognition != null) ? recognition : this.recognizer.recognise(article);
	}

}
