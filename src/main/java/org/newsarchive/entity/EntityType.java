package org.newsarchive.entity;

/**
 * What kind of thing a recognised name stands for.
 */
public enum EntityType {

	PERSON, ORGANISATION, PLACE

}
