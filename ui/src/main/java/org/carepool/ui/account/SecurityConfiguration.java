package org.carepool.ui.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Signs people in with the issuer (authorization code with PKCE, although the ui is a
 * confidential client) and signs them out there too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler signOutAtIssuer = new OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		signOutAtIssuer.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/favicon.ico")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login
				.authorizationEndpoint(
						(authorization) -> authorization.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(new RoleAuthorities())))
			.logout((logout) -> logout.logoutSuccessHandler(signOutAtIssuer));
		return http.build();
	}

}
