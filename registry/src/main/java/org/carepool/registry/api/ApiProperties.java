package org.carepool.registry.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits every endpoint shares.
 *
 * @param maxBodySize the largest request body accepted
 * @param defaultPageSize the page size when a list request names none
 * @param maxPageSize the largest page size a list request may ask for
 * @param maxUploadSize the largest file accepted where files are uploaded (rosters)
 */
@Validated
@ConfigurationProperties("registry.api")
public record ApiProperties(@DefaultValue("256KB") DataSize maxBodySize,
		@DefaultValue("20") @Min(1) @Max(1000) int defaultPageSize,
		@DefaultValue("100") @Min(1) @Max(1000) int maxPageSize, @DefaultValue("5MB") DataSize maxUploadSize) {
}
