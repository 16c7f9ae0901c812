package org.carepool.registry.changefeed;

import java.util.UUID;

/**
 * One entry of the change feed.
 *
 * @param position strictly increasing across the feed
 * @param type what changed: {@code person}
 * @param id the changed record's id
 * @param op {@code upsert} or {@code delete}
 */
public record Change(long position, String type, UUID id, String op) {
}
