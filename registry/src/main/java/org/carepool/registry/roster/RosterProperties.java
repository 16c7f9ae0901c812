package org.carepool.registry.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of roster imports.
 *
 * @param maxFileSize the largest roster file accepted
 * @param maxRows the most rows a roster may have
 * @param batchSize how many rows are written in one transaction
 */
@Validated
@ConfigurationProperties("registry.roster")
record RosterProperties(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("20000") @Min(1) int maxRows,
		@DefaultValue("200") @Min(1) @Max(5000) int batchSize) {
}
