package org.newsarchive.source;

/** How other records name a source: {@code {slug, name}} in every JSON body. */
public record SourceRef(String slug, String name) {

}
