package org.carepool.indexer.reconciliation;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When and how the indexer reconciles the index with the registry.
 *
 * @param interval the time between two scheduled reconciliations ({@code 0} for none)
 * @param initialDelay the time before the first scheduled one
 * @param repair whether scheduled reconciliations repair what they find
 * @param pageSize how many people to read per snapshot page
 * @param settleTimeout how long to wait for the follower to reach the registry's horizon
 * before suspects are checked again
 * @param examples at most this many ids of each kind of difference in a report
 */
@Validated
@ConfigurationProperties("indexer.reconciliation")
record ReconciliationProperties(@DefaultValue("1h") @NotNull Duration interval,
		@DefaultValue("10m") @NotNull Duration initialDelay, @DefaultValue("true") boolean repair,
		@DefaultValue("1000") @Min(1) @Max(5000) int pageSize, @DefaultValue("60s") @NotNull Duration settleTimeout,
		@DefaultValue("20") @Min(0) int examples) {
}
