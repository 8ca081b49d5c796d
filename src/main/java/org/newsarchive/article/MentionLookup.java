package org.newsarchive.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who an article names. Implemented by the module that recognises people, so that
 * articles can show them without depending on it.
 */
public interface MentionLookup {

	List<EntityRef> entitiesIn(long articleId);

	/**
	 * Who each of a batch of articles names, in one look-up; an article naming no one is
	 * left out.
	 */
	Map<Long, List<EntityRef>> entitiesIn(Collection<Long> articleIds);

}
