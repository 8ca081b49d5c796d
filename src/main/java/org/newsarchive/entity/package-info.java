/**
 * People, organisations and places: recognising them in articles across scripts and
 * languages, one record per real entity with all its names, mentions, curation and pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People, organisations and places")
package org.newsarchive.entity;
