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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Signs people in with the issuer (authorization code with PKCE, although the ui is a
 * confidential client) and signs them out there too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Everything from the ui itself; no inline script or style, no framing, no plug-ins.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The screens need no device features.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain web(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler signOutAtIssuer = new OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		signOutAtIssuer.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/favicon.ico", "/css/**", "/js/**",
					"/webjars/**")
			.permitAll()
			.requestMatchers("/apply", "/apply/**")
			.permitAll()
			.requestMatchers("/portal", "/portal/**")
			.hasRole("PARTNER")
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login
				.authorizationEndpoint(
						(authorization) -> authorization.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint((userInfo) -> userInfo.userAuthoritiesMapper(new RoleAuthorities())))
			.logout((logout) -> logout.logoutSuccessHandler(signOutAtIssuer))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

}
