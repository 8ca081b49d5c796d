package org.newsarchive.web;

/**
 * A request whose parameters cannot be read: malformed percent-encoding, bytes that are
 * not UTF-8, or a NUL character, which no text field of the archive can hold.
 */
class MalformedParameterException extends RuntimeException {

	static final String MESSAGE_CODE = "error.parameter.text";

	MalformedParameterException() {
		super("The address holds a parameter that cannot be read: parameters are percent-encoded UTF-8 "
				+ "without NUL characters.");
	}

}
