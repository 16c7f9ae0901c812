package org.carepool.indexer.registry;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the registry is and how long to wait for it.
 *
 * @param uri the registry's base URL
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long an answer may take, on top of the long-poll wait
 */
@Validated
@ConfigurationProperties("indexer.registry")
record RegistryProperties(@DefaultValue("http://localhost:8081") @NotNull URI uri,
		@DefaultValue("2s") @NotNull Duration connectTimeout, @DefaultValue("30s") @NotNull Duration readTimeout) {
}
