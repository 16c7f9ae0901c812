package org.carepool.identity.login;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down, and after too many failures refuses, sign-in attempts
 * ({@link SignInAttempts}): people on the login page and clients authenticating with a
 * secret at the token, introspection and revocation endpoints. A refused attempt gets the
 * same answer as a wrong password or secret.
 */
abstract class SignInThrottle extends OncePerRequestFilter {

	private static final Set<String> CLIENT_ENDPOINTS = Set.of("/oauth2/token", "/oauth2/introspect", "/oauth2/revoke");

	private final SignInAttempts attempts;

	private final SignInAttempts.Kind kind;

	private SignInThrottle(SignInAttempts attempts, SignInAttempts.Kind kind) {
		this.attempts = attempts;
		this.kind = kind;
	}

	/**
	 * The throttle for the login form, which answers a refused attempt like a wrong
	 * password.
	 * @param attempts the failures so far
	 * @return the filter
	 */
	static SignInThrottle loginForm(SignInAttempts attempts) {
		return new SignInThrottle(attempts, SignInAttempts.Kind.ACCOUNT) {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !(request.getMethod().equals("POST") && request.getServletPath().equals("/login"));
			}

			@Override
			String name(HttpServletRequest request) {
				return request.getParameter("username");
			}

			@Override
			void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.sendRedirect(request.getContextPath() + "/login?error");
			}

		};
	}

	/**
	 * The throttle for client secrets, which answers a refused attempt like a wrong
	 * secret ({@code 401 invalid_client}).
	 * @param attempts the failures so far
	 * @return the filter
	 */
	static SignInThrottle clientSecrets(SignInAttempts attempts) {
		return new SignInThrottle(attempts, SignInAttempts.Kind.CLIENT) {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !(request.getMethod().equals("POST") && CLIENT_ENDPOINTS.contains(request.getServletPath())
						&& presentsSecret(request));
			}

			@Override
			String name(HttpServletRequest request) {
				return clientId(request);
			}

			@Override
			void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
				writeError(response, OAuth2ErrorCodes.INVALID_CLIENT);
			}

		};
	}

	/**
	 * Answers a failed client authentication as the authorization server does (the error
	 * code only, so unknown clients and wrong secrets look alike) and records it when the
	 * client secret was wrong.
	 * @param attempts the failures so far
	 * @return the handler for the authorization server's client authentication
	 */
	static AuthenticationFailureHandler clientFailures(SignInAttempts attempts) {
		return (request, response, exception) -> {
			String code = errorCode(exception);
			if (code.equals(OAuth2ErrorCodes.INVALID_CLIENT) && presentsSecret(request)) {
				attempts.failed(SignInAttempts.Kind.CLIENT, clientId(request), request.getRemoteAddr());
			}
			writeError(response, code);
		};
	}

	abstract String name(HttpServletRequest request);

	abstract void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.attempts.admission(this.kind, name(request), request.getRemoteAddr());
		if (wait == null) {
			refuse(request, response);
			return;
		}
		if (!wait.isZero()) {
			try {
				Thread.sleep(wait.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The client id a request authenticates as: from HTTP Basic credentials, else the
	 * {@code client_id} parameter.
	 */
	static String clientId(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = credentials.indexOf(':');
				return URLDecoder.decode((colon >= 0) ? credentials.substring(0, colon) : credentials,
						StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return "";
			}
		}
		return request.getParameter("client_id");
	}

	/**
	 * Whether a request authenticates with a client secret: public clients (PKCE) have
	 * none to guess, so they are neither counted nor held up.
	 */
	static boolean presentsSecret(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
				|| request.getParameter("client_secret") != null;
	}

	private static String errorCode(AuthenticationException exception) {
		return (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode()
				: OAuth2ErrorCodes.INVALID_CLIENT;
	}

	private static void writeError(HttpServletResponse response, String code) throws IOException {
		ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
		answer.setStatusCode(
				code.equals(OAuth2ErrorCodes.INVALID_CLIENT) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
		new OAuth2ErrorHttpMessageConverter().write(new OAuth2Error(code), null, answer);
	}

}
