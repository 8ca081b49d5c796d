package org.newsarchive.web;

/**
 * A page's parameter that reads but makes no sense (a start date after the end date, an
 * order that does not exist): the 400 page says which, in the reader's language.
 */
class BadParameterException extends RuntimeException {

	private final String messageCode;

	BadParameterException(String messageCode) {
		super(messageCode);
		this.messageCode = messageCode;
	}

	String messageCode() {
		return this.messageCode;
	}

}
