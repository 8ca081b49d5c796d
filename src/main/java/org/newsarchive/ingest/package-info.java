/**
 * Reading files into articles: decoding any encoding, recognising the format, one parser
 * per format, cleaning, idempotent storing, and import runs with a result per file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingestion")
package org.newsarchive.ingest;
