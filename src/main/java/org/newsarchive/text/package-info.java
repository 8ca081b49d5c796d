/**
 * Text toolkit the other modules share: the one table that folds traditional Chinese
 * script (and Japanese shinjitai) to simplified, for search, names and highlighting
 * alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Text")
package org.newsarchive.text;
