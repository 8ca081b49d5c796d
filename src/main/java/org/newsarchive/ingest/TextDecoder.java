package org.newsarchive.ingest;

class TextDecoder {

	DecodedText decode(byte[] b) {
		return new DecodedText(new String(b, java.nio.charset.StandardCharsets.UTF_8), "UTF-8", false);
	}

}
