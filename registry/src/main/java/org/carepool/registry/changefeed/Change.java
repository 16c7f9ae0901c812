package org.carepool.registry.changefeed;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the change feed.
 *
 * @param position strictly increasing across the feed
 * @param type what changed: {@code person}
 * @param id the changed record's id
 * @param op {@code upsert} or {@code delete}
 * @param recordedAt when the registry recorded the change (its transaction's start), so
 * that readers can tell how long a change took to reach them
 */
public record Change(long position, String type, UUID id, String op, Instant recordedAt) {
}
