package org.carepool.indexer.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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

/**
 * The indexer as a resource server: health is open, everything else needs a JWT from the
 * configured issuer, for an accepted audience, signed with an accepted algorithm, within
 * its lifetime, and the {@code ADMIN} role.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

	static final String ADMIN = "ADMIN";

	@Bean
	SecurityFilterChain indexerSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole(ADMIN)
			.anyRequest()
			.denyAll())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(authentication())))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Decodes tokens lazily, so the indexer starts while the identity provider is still
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
			decoder.setJwtValidator(validator(issuer, access.audiences()));
			return decoder;
		});
	}

	static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
		OAuth2TokenValidator<Jwt> forIndexer = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(given) -> given != null && given.stream().anyMatch(audiences::contains));
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), forIndexer);
	}

	static JwtAuthenticationConverter authentication() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(AccessConfiguration::authorities);
		return converter;
	}

	private static Collection<GrantedAuthority> authorities(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		List<String> roles = jwt.getClaimAsStringList("roles");
		if (roles != null) {
			roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		}
		return authorities;
	}

}
