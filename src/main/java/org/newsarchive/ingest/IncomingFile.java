package org.newsarchive.ingest;

/** A file handed to the importer: its name as received and its bytes. */
public record IncomingFile(String name, byte[] content) {

}
