/**
 * Outlets: their names, homepages and languages, and the source pages. Other modules
 * refer to a source by its slug.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sources")
package org.newsarchive.source;
