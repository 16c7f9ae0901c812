package org.carepool.registry.access;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Test callers for each role of docs/architecture.md §1 and §3.4, as JWT-authenticated
 * requests whose claims and authorities match what the registry derives from a real
 * token.
 */
public enum Callers {

	/** An administrator. */
	ADMIN(Role.ADMIN, null, null, null),
	/** A district coordinator. */
	COORDINATOR(Role.COORDINATOR, null, null, null),
	/** The street coordinator of Changzheng town. */
	STREET_COORDINATOR(Role.STREET_COORDINATOR, "changzheng-town", null, null),
	/** An expert. */
	EXPERT(Role.EXPERT, null, null, null),
	/** A volunteer. */
	VOLUNTEER(Role.VOLUNTEER, null, null, null),
	/** A user of the district women's federation. */
	PARTNER(Role.PARTNER, null, "00000000-0000-4000-8000-0000000000f1", null),
	/** The indexer's client. */
	FEED_CLIENT(null, null, null, "registry.feed"),
	/** The request system of the district women's federation (client credentials). */
	PARTNER_CLIENT(null, null, "00000000-0000-4000-8000-0000000000f1", "requests.read requests.write");

	/** The organisation of the partner callers. */
	public static final String OWN_ORGANISATION = "00000000-0000-4000-8000-0000000000f1";

	/** Another partner organisation, the district trade union. */
	public static final String FOREIGN_ORGANISATION = "00000000-0000-4000-8000-0000000000f2";

	/** The street the street coordinator serves. */
	public static final String OWN_STREET = "changzheng-town";

	/** A street the street coordinator does not serve. */
	public static final String FOREIGN_STREET = "taopu-town";

	private final Role role;

	private final String street;

	private final String org;

	private final String scope;

	Callers(Role role, String street, String org, String scope) {
		this.role = role;
		this.street = street;
		this.org = org;
		this.scope = scope;
	}

	/**
	 * This caller with a given account subject.
	 * @param subject the {@code sub} claim
	 * @return the request post-processor
	 */
	public JwtRequestPostProcessor as(String subject) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (this.role != null) {
			authorities.add(new SimpleGrantedAuthority(this.role.authority()));
		}
		if (this.scope != null) {
			for (String each : this.scope.split(" ")) {
				authorities.add(new SimpleGrantedAuthority("SCOPE_" + each));
			}
		}
		return jwt().jwt((jwt) -> {
			jwt.subject(subject).claim("aud", List.of("carepool-registry"));
			if (this.role != null) {
				jwt.claim("roles", List.of(this.role.name()));
			}
			if (this.street != null) {
				jwt.claim("street", this.street);
			}
			if (this.org != null) {
				jwt.claim("org", this.org);
			}
			if (this.scope != null) {
				jwt.claim("scope", this.scope);
			}
		}).authorities(authorities);
	}

	/**
	 * The decoded access token of this caller, with the claims {@link #as} sets.
	 * @param subject the {@code sub} claim
	 * @return the token
	 */
	public Jwt token(String subject) {
		java.time.Instant now = java.time.Instant.now();
		Jwt.Builder jwt = Jwt.withTokenValue(name() + "." + subject)
			.header("alg", "RS256")
			.subject(subject)
			.claim("aud", List.of("carepool-registry"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300));
		if (this.role != null) {
			jwt.claim("roles", List.of(this.role.name()));
		}
		if (this.street != null) {
			jwt.claim("street", this.street);
		}
		if (this.org != null) {
			jwt.claim("org", this.org);
		}
		if (this.scope != null) {
			jwt.claim("scope", this.scope);
		}
		return jwt.build();
	}

	/**
	 * This caller with a fresh account subject.
	 * @return the request post-processor
	 */
	public JwtRequestPostProcessor any() {
		return as(UUID.randomUUID().toString());
	}

	/**
	 * The caller as the registry sees it.
	 * @param subject the account subject
	 * @return the caller
	 */
	public Caller caller(String subject) {
		return new Caller(subject, (this.role != null) ? java.util.Set.of(this.role) : java.util.Set.of(),
				(this.scope != null) ? java.util.Set.of(this.scope.split(" ")) : java.util.Set.of(),
				java.util.Optional.ofNullable(this.street),
				java.util.Optional.ofNullable(this.org).map(UUID::fromString));
	}

}
