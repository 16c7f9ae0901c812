package org.carepool.registry.api;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many API calls each caller may make per minute (the change feed for the indexer is
 * not counted).
 *
 * @param userCallsPerMinute calls of a signed-in person
 * @param clientCallsPerMinute calls of a client (a system with client credentials)
 * @param partnerClientWritesPerMinute changes by a partner's system, which are stricter
 */
@Validated
@ConfigurationProperties("registry.quota")
public record QuotaProperties(@DefaultValue("600") @Min(1) int userCallsPerMinute,
		@DefaultValue("300") @Min(1) int clientCallsPerMinute,
		@DefaultValue("30") @Min(1) int partnerClientWritesPerMinute) {
}
