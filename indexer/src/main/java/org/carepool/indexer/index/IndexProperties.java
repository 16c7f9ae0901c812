package org.carepool.indexer.index;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.carepool.indexer.backoff.Backoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the indexer writes to Elasticsearch.
 *
 * @param bulkSize at most this many operations in one bulk request
 * @param maxInFlight at most this many bulk requests at once, across the whole indexer
 * @param attempts how often a bulk request (or its failed items) is tried before the
 * write fails as a whole
 * @param retryInitial the longest wait after the first transient failure
 * @param retryMax the longest wait between two attempts
 */
@Validated
@ConfigurationProperties("indexer.index")
public record IndexProperties(@DefaultValue("1000") @Min(1) @Max(10_000) int bulkSize,
		@DefaultValue("2") @Min(1) @Max(16) int maxInFlight, @DefaultValue("6") @Min(1) int attempts,
		@DefaultValue("100ms") @NotNull Duration retryInitial, @DefaultValue("5s") @NotNull Duration retryMax) {

	/**
	 * The backoff between attempts of a bulk request.
	 * @return the backoff
	 */
	public Backoff retryBackoff() {
		return new Backoff(this.retryInitial, this.retryMax);
	}

}
