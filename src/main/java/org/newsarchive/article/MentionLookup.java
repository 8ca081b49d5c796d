package org.newsarchive.article;

import java.util.List;

/**
 * Who an article names. Implemented by the module that recognises people, so that
 * articles can show them without depending on it.
 */
public interface MentionLookup {

	List<EntityRef> entitiesIn(long articleId);

}
