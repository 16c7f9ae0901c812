package org.carepool.indexer.registry;

import java.net.http.HttpClient;

import org.carepool.search.SearchJson;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client for the registry: Spring's OAuth2 client manager gets and renews the
 * indexer's client-credentials token outside any web request, and documents are read with
 * the search contract's JSON mapping.
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	/** The client registration in {@code spring.security.oauth2.client.registration}. */
	static final String REGISTRATION = "registry";

	/** The indexer acts for itself, not for a user. */
	private static final Authentication INDEXER = new AnonymousAuthenticationToken("indexer", "indexer",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	/** The registry waits at most this long on a long poll. */
	private static final long LONGEST_POLL_SECONDS = 30;

	@Bean
	OAuth2AuthorizedClientManager registryTokens(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager
			.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
		return manager;
	}

	@Bean
	RegistryClient registryClient(RestClient.Builder builder, RegistryProperties properties,
			OAuth2AuthorizedClientManager tokens, OAuth2AuthorizedClientService authorizedClients) {
		OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(tokens);
		withToken.setClientRegistrationIdResolver((request) -> REGISTRATION);
		withToken.setPrincipalResolver((request) -> INDEXER);
		// A token the registry rejects is forgotten, so the next call gets a new one.
		withToken.setAuthorizationFailureHandler(
				OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
		requests.setReadTimeout(properties.readTimeout().plusSeconds(LONGEST_POLL_SECONDS));
		RestClient http = builder.clone()
			.baseUrl(properties.uri().toString())
			.requestFactory(requests)
			.requestInterceptor(withToken)
			.messageConverters((converters) -> converters.add(0,
					new MappingJackson2HttpMessageConverter(SearchJson.objectMapper())))
			.build();
		return new RestRegistryClient(http);
	}

}
