package org.carepool.registry.privacy;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The keys that protect private data at rest.
 *
 * @param activeKey the id of the key new values are sealed with
 * @param keys every key that may still open stored values, by id, base64-encoded (32
 * bytes)
 * @param blindIndexKey the key of the keyed hash used to find duplicates, base64-encoded
 */
@Validated
@ConfigurationProperties("registry.privacy")
record PrivacyProperties(@NotBlank String activeKey, @NotEmpty Map<String, String> keys,
		@NotBlank String blindIndexKey) {
}
