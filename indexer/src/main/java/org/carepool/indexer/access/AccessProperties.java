package org.carepool.indexer.access;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What an access token must say to be accepted by the indexer.
 *
 * @param audiences the token must be issued for one of these audiences
 * @param algorithms the signature algorithms accepted
 */
@Validated
@ConfigurationProperties("indexer.access")
record AccessProperties(@DefaultValue( {
		"carepool-indexer", "carepool-registry" }) @NotEmpty List<String> audiences,
		@DefaultValue("RS256") @NotEmpty List<String> algorithms){
}
