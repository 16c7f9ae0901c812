package org.carepool.registry.access;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What an access token must say to be accepted by the registry.
 *
 * @param audience the audience the token must be issued for
 * @param algorithms the signature algorithms accepted
 */
@Validated
@ConfigurationProperties("registry.access")
record AccessProperties(@DefaultValue("carepool-registry") @NotBlank String audience,
		@DefaultValue("RS256") @NotEmpty List<String> algorithms) {
}
