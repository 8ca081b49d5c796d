/**
 * The article model: titles, contributors and their roles, publication time with its
 * precision, body blocks with their language, images, and the link to the raw original.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package org.newsarchive.article;
