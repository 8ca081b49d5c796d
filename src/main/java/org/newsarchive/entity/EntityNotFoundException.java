package org.newsarchive.entity;

/** No entity has the id asked for. */
public class EntityNotFoundException extends RuntimeException {

	public EntityNotFoundException(long id) {
		super("No person, organisation or place has the id " + id + ".");
	}

}
