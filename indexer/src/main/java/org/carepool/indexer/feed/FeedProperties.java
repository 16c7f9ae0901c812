package org.carepool.indexer.feed;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.carepool.indexer.backoff.Backoff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the indexer follows the change feed.
 *
 * @param enabled whether the indexer follows the feed at all (off only in tests that
 * drive it themselves)
 * @param batchSize at most this many changes per batch
 * @param documentsPerRequest at most this many ids per request for documents
 * @param pollWait how long the registry may hold a poll open when there is no change
 * @param retryInitial the longest wait after the first failed attempt
 * @param retryMax the longest wait between two attempts when the registry or
 * Elasticsearch stays unavailable
 * @param unhealthyAfter how long failures may last before health reports the feed down
 */
@Validated
@ConfigurationProperties("indexer.feed")
public record FeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("1000") @Min(1) @Max(5000) int batchSize,
		@DefaultValue("500") @Min(1) @Max(5000) int documentsPerRequest,
		@DefaultValue("10s") @NotNull Duration pollWait, @DefaultValue("200ms") @NotNull Duration retryInitial,
		@DefaultValue("30s") @NotNull Duration retryMax, @DefaultValue("1m") @NotNull Duration unhealthyAfter) {

	/**
	 * The backoff between attempts when the registry or Elasticsearch fails.
	 * @return the backoff
	 */
	public Backoff retryBackoff() {
		return new Backoff(this.retryInitial, this.retryMax);
	}

}
