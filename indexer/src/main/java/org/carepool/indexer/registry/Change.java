package org.carepool.indexer.registry;

import java.time.Instant;

/**
 * One entry of the registry's change feed.
 *
 * @param position strictly increasing across the feed
 * @param type what changed: {@code person}
 * @param id the changed record's id
 * @param op {@code upsert} or {@code delete}
 * @param recordedAt when the registry recorded the change, or {@code null} when it did
 * not say
 */
public record Change(long position, String type, String id, String op, Instant recordedAt) {

	/** The record type of people, the only type the indexer writes. */
	public static final String PERSON = "person";

	/**
	 * Whether this change is about a person.
	 * @return {@code true} for a person
	 */
	public boolean isPerson() {
		return PERSON.equals(this.type);
	}

}
