package org.carepool.indexer.lifecycle;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the indexer rebuilds the people index.
 *
 * @param pageSize how many people to read per snapshot page
 * @param readers how many ranges of ids the snapshot is read in at once: more than one
 * helps when the registry and Elasticsearch have cores to spare (on one 2-core machine
 * one range is faster)
 * @param oldIndexGrace how long a replaced index is kept before it is deleted, so
 * searches that started on it can finish and an operator can still look at it
 * @param attempts how often a failing registry call is tried before the rebuild fails
 */
@Validated
@ConfigurationProperties("indexer.rebuild")
record RebuildProperties(@DefaultValue("1000") @Min(1) @Max(5000) int pageSize,
		@DefaultValue("1") @Min(1) @Max(16) int readers, @DefaultValue("5m") @NotNull Duration oldIndexGrace,
		@DefaultValue("10") @Min(1) int attempts) {
}
