package org.carepool.indexer.state;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The leader lock.
 *
 * @param enabled whether this indexer competes for the lease; one that does not never
 * leads (it serves its endpoints, but neither follows the feed nor rebuilds)
 * @param lease how long a lease lasts without renewal (it is renewed every third of it);
 * a standby indexer takes over at most this long after the leader died
 */
@Validated
@ConfigurationProperties("indexer.leader")
record LeaderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("15s") @NotNull Duration lease) {
}
