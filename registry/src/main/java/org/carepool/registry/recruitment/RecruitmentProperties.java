package org.carepool.registry.recruitment;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of public recruitment ({@code registry.recruitment}).
 *
 * @param applicationsPerAddressPerHour applications one network address may send an hour
 * (the ui keeps its own, stricter limit per browser address)
 * @param codeLifetime how long a linking code may be confirmed
 * @param codeAttempts how many wrong guesses a code survives
 * @param codesPerAccountPerHour how many codes an account may ask for an hour
 */
@ConfigurationProperties("registry.recruitment")
@Validated
record RecruitmentProperties(@DefaultValue("30") @Min(1) int applicationsPerAddressPerHour,
		@DefaultValue("15m") Duration codeLifetime, @DefaultValue("5") @Min(1) int codeAttempts,
		@DefaultValue("5") @Min(1) int codesPerAccountPerHour) {
}
