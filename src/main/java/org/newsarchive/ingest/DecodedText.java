package org.newsarchive.ingest;

record DecodedText(String text, String charset, boolean hadBom) {
}
