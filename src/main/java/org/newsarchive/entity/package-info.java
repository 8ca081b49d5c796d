/**
 * Recognises the people, organisations and places an article names, across scripts and
 * languages. Knows nothing of storage or the web: it reads a parsed article and says who.
 */
package org.newsarchive.entity;
