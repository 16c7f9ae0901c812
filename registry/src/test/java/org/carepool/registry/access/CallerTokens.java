package org.carepool.registry.access;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Tokens for tests that call the registry over a real port where token validation is not
 * the point: {@code COORDINATOR.some-subject} is the token of {@link Callers#COORDINATOR}
 * with that subject. The resource server tests prove real token validation.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CallerTokens {

	/**
	 * The bearer token of a test caller.
	 * @param caller the caller
	 * @param subject the subject
	 * @return the token to send
	 */
	public static String of(Callers caller, String subject) {
		return caller.name() + "." + subject;
	}

	@Bean
	@Primary
	JwtDecoder callerTokens() {
		return (token) -> {
			int colon = token.indexOf('.');
			try {
				return Callers.valueOf(token.substring(0, Math.max(colon, 0))).token(token.substring(colon + 1));
			}
			catch (IllegalArgumentException ex) {
				throw new BadJwtException("Not a test caller's token");
			}
		};
	}

}
