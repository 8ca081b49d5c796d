/**
 * Stories: articles reporting the same event across outlets, scripts and languages, and
 * the near-duplicates (reprints, script conversions, small edits) among them.
 * <p>
 * The API is {@link org.newsarchive.story.Stories} (read: {@code recent},
 * {@code largest}, {@code story}, {@code storyOf}, {@code storiesOf},
 * {@code sameStoryElsewhere}, {@code sameTextElsewhere}, {@code related}) and its
 * records; stories are assigned as articles are stored and kept in PostgreSQL, with
 * administrators' decisions pinned.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stories")
package org.newsarchive.story;
