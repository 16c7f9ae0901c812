package org.carepool.ui.registry;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the registry is and how long the ui waits for it.
 *
 * @param uri the registry's base URL
 * @param timeout the longest wait for one answer
 */
@ConfigurationProperties("carepool.registry")
public record RegistryProperties(@DefaultValue("http://localhost:8081") URI uri,
		@DefaultValue("10s") Duration timeout) {
}
