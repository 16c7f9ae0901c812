package org.carepool.registry.synthetic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo data for the local run: how many generated people to load into an empty registry.
 *
 * @param people how many people to load when the registry has none (0: none)
 * @param seed the generator's seed, so every local run shows the same people
 */
@Validated
@ConfigurationProperties("registry.demo")
record DemoDataProperties(@DefaultValue("0") @Min(0) @Max(1_000_000) int people, @DefaultValue("20261128") long seed) {
}
