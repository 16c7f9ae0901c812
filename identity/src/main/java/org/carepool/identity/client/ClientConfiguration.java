package org.carepool.identity.client;

import java.net.URI;
import java.util.UUID;

import org.carepool.identity.IdentityProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Registers the clients in memory, with secrets and redirect URIs from
 * {@link IdentityProperties}.
 */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

	static final String PARTNER_ORGANISATION = "00000000-0000-4000-8000-0000000000f1";

	@Bean
	RegisteredClientRepository clients(IdentityProperties properties) {
		PasswordEncoder secrets = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime()).build();
		RegisteredClient ui = client("ui").clientSecret(secrets.encode(properties.uiClientSecret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(properties.uiRedirectUri())
			.postLogoutRedirectUri(URI.create(properties.uiRedirectUri()).resolve("/").toString())
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build();
		RegisteredClient indexer = client("indexer").clientSecret(secrets.encode(properties.indexerClientSecret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("registry.feed")
			.tokenSettings(tokens)
			.build();
		RegisteredClient partner = client("partner-demo").clientSecret(secrets.encode(properties.partnerClientSecret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("requests.read")
			.scope("requests.write")
			.clientSettings(ClientSettings.builder().setting(ClientOrganisation.SETTING, PARTNER_ORGANISATION).build())
			.tokenSettings(
					TokenSettings.builder().accessTokenTimeToLive(properties.partnerAccessTokenLifetime()).build())
			.build();
		RegisteredClient cli = client("cli").clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(properties.cliRedirectUri())
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build();
		return new InMemoryRegisteredClientRepository(ui, indexer, partner, cli);
	}

	private static RegisteredClient.Builder client(String clientId) {
		return RegisteredClient.withId(UUID.nameUUIDFromBytes(clientId.getBytes()).toString()).clientId(clientId);
	}

}
