package org.carepool.registry.search;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of search and matching.
 *
 * @param timeout how long a search may take before the answer is 503
 * @param maxPageSize the largest page of search results
 * @param candidatePool how many people that pass every hard filter matching re-ranks
 * @param maxCandidates the most candidates a match answers with
 */
@Validated
@ConfigurationProperties("registry.search")
record SearchProperties(@DefaultValue("2s") Duration timeout, @DefaultValue("50") @Min(1) @Max(200) int maxPageSize,
		@DefaultValue("400") @Min(50) @Max(2000) int candidatePool,
		@DefaultValue("50") @Min(1) @Max(50) int maxCandidates) {
}
