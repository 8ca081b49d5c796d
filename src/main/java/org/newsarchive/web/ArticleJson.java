package org.newsarchive.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.ArticleView;
import org.newsarchive.story.StoryRef;

/**
 * An article's JSON: the article, the story it is part of (or null) and the articles
 * carrying the same text.
 */
record ArticleJson(@JsonUnwrapped ArticleView article, StoryRef story, List<ArticleSummary> sameText) {

}
