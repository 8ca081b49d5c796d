/**
 * The site shell: layout, home and source pages, the JSON API's composition, error pages,
 * security and the interface languages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.newsarchive.web;
