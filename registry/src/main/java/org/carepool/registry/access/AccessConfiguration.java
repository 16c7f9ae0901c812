package org.carepool.registry.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The registry as a resource server: every API call carries a JWT from the configured
 * issuer, for the registry's audience, signed with an accepted algorithm, within its
 * lifetime.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccessConfiguration {

	@Bean
	SecurityFilterChain registrySecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/public/recruitment/terms", "/public/recruitment/choices",
					"/dev/notifications")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/public/recruitment/applications")
			.permitAll()
			.requestMatchers("/internal/**")
			.hasAuthority("SCOPE_registry.feed")
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(authentication()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			// For the Swagger UI, the one page the registry serves to browsers: its own
			// scripts only, never framed. Styles keep 'unsafe-inline' (and only styles):
			// the bundle's Markdown renderer writes table cells of operation descriptions
			// as HTML with style="text-align:..." attributes, which a strict style-src
			// would block. The identity pages, which are ours, need no such exception.
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
						+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
		return http.build();
	}

	/**
	 * Decodes tokens lazily, so the registry starts while the identity provider is still
	 * starting.
	 */
	@Bean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, AccessProperties access) {
		String issuer = resourceServer.getJwt().getIssuerUri();
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
				.jwsAlgorithms((algorithms) -> access.algorithms()
					.forEach((name) -> algorithms.add(SignatureAlgorithm.from(name))))
				.build();
			decoder.setJwtValidator(validator(issuer, access.audience()));
			return decoder;
		});
	}

	static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		OAuth2TokenValidator<Jwt> forRegistry = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(audiences) -> audiences != null && audiences.contains(audience));
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), forRegistry);
	}

	static JwtAuthenticationConverter authentication() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(AccessConfiguration::authorities);
		return converter;
	}

	private static Collection<GrantedAuthority> authorities(Jwt jwt) {
		Caller caller = Caller.of(jwt);
		List<GrantedAuthority> authorities = new ArrayList<>();
		caller.roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		caller.scopes().forEach((scope) -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
		return authorities;
	}

}
