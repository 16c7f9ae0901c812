package org.carepool.registry.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the access token says: the account, its roles, the street a street
 * coordinator serves and the organisation a partner acts for.
 *
 * @param subject the {@code sub} claim: an account or a client id
 * @param roles the roles from the {@code roles} claim
 * @param scopes the scopes granted to a client
 * @param street the street code of a street coordinator, if any
 * @param organisation the organisation of a partner, if any
 */
public record Caller(String subject, Set<Role> roles, Set<String> scopes, Optional<String> street,
		Optional<UUID> organisation) {

	/**
	 * Reads the caller from an authenticated request.
	 * @param authentication the authentication of a JWT-authenticated request
	 * @return the caller
	 */
	public static Caller of(Authentication authentication) {
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			throw new IllegalStateException("Callers are authenticated by an access token");
		}
		return of(token.getToken());
	}

	static Caller of(Jwt jwt) {
		Set<Role> roles = strings(jwt.getClaim("roles")).stream()
			.map(Role::fromClaim)
			.flatMap(Optional::stream)
			.collect(Collectors.toUnmodifiableSet());
		Set<String> scopes = Set.copyOf(strings(jwt.getClaim("scope")));
		Optional<UUID> organisation = Optional.ofNullable(jwt.getClaimAsString("org")).flatMap(Caller::uuid);
		return new Caller(jwt.getSubject(), roles, scopes, Optional.ofNullable(jwt.getClaimAsString("street")),
				organisation);
	}

	/**
	 * Whether the caller has a role.
	 * @param role the role
	 * @return {@code true} if the token grants it
	 */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * The caller's rights as the audit trail records them: role names and
	 * {@code SCOPE_}-prefixed scopes, sorted and space-separated.
	 * @return the rights, empty for none
	 */
	public String auditRoles() {
		Stream<String> roles = this.roles.stream().map(Role::name);
		Stream<String> scopes = this.scopes.stream().map((scope) -> "SCOPE_" + scope);
		return Stream.concat(roles, scopes).sorted().collect(Collectors.joining(" "));
	}

	private static List<String> strings(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String value && !value.isBlank()) {
			return List.of(value.split(" "));
		}
		return List.of();
	}

	private static Optional<UUID> uuid(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
