package org.carepool.ui.registry;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The registry client: the signed-in person's access token on every call, refreshed with
 * the refresh token when it has expired.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryConfiguration {

	static final String REGISTRATION = "carepool";

	/**
	 * The signed-in person's tokens live in their session, which Spring Session keeps in
	 * PostgreSQL: any ui instance can call the registry for them, not only the one that
	 * signed them in (the default keeps them in one instance's memory).
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorized) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorized);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	RegistryClient registryClient(RegistryProperties properties, OAuth2AuthorizedClientManager clients,
			ObjectMapper json) {
		OAuth2ClientHttpRequestInterceptor token = new OAuth2ClientHttpRequestInterceptor(clients);
		token.setClientRegistrationIdResolver((request) -> REGISTRATION);
		RestClient rest = RestClient.builder()
			.baseUrl(properties.uri().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(ClientHttpRequestFactorySettings.defaults()
					.withConnectTimeout(properties.timeout())
					.withReadTimeout(properties.timeout())))
			.requestInterceptor(token)
			.build();
		return new RegistryClient(rest, json);
	}

}
