package org.carepool.registry.request;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of help requests.
 *
 * @param idempotencyRetention how long an {@code Idempotency-Key} is remembered; a retry
 * after that creates a new request
 */
@ConfigurationProperties("registry.request")
public record RequestProperties(@DefaultValue("P7D") Duration idempotencyRetention) {
}
