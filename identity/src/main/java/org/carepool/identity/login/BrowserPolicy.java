package org.carepool.identity.login;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The issuer's Content-Security-Policy. Browsers apply {@code form-action} to every
 * redirect that follows a form submission, so the sign-in form (posted to {@code /login},
 * redirected to {@code /oauth2/authorize}, then to the client) may also be sent to the
 * origin of the redirect URI the authorization request names, and to nothing else: only
 * when that URI is registered for that client, so no address in a crafted link widens it.
 */
final class BrowserPolicy implements HeaderWriter {

	static final String HEADER = "Content-Security-Policy";

	static final String DIRECTIVES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	private static final String AUTHORIZE = "/oauth2/authorize";

	private final RegisteredClientRepository clients;

	private final RequestCache requests = new HttpSessionRequestCache();

	BrowserPolicy(RegisteredClientRepository clients) {
		this.clients = clients;
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (response.containsHeader(HEADER)) {
			return;
		}
		StringBuilder policy = new StringBuilder(DIRECTIVES);
		for (String origin : clientOrigins(request, response)) {
			policy.append(' ').append(origin);
		}
		response.setHeader(HEADER, policy.toString());
	}

	/**
	 * The origin the sign-in will end at: the redirect URI of the authorization request
	 * being answered (a consent form) or waiting for the sign-in (the login page).
	 */
	private Set<String> clientOrigins(HttpServletRequest request, HttpServletResponse response) {
		Set<String> origins = new LinkedHashSet<>();
		if (AUTHORIZE.equals(request.getRequestURI())) {
			add(origins, request.getParameter("client_id"), request.getParameter("redirect_uri"));
		}
		if (request.getSession(false) != null) {
			SavedRequest saved = this.requests.getRequest(request, response);
			if (saved != null && URI.create(saved.getRedirectUrl()).getPath().equals(AUTHORIZE)) {
				add(origins, first(saved.getParameterValues("client_id")),
						first(saved.getParameterValues("redirect_uri")));
			}
		}
		return origins;
	}

	private void add(Set<String> origins, String clientId, String redirectUri) {
		if (clientId == null || redirectUri == null) {
			return;
		}
		RegisteredClient client = this.clients.findByClientId(clientId);
		if (client == null) {
			return;
		}
		try {
			URI requested = URI.create(redirectUri);
			if (client.getRedirectUris().stream().map(URI::create).anyMatch((registered) -> same(registered, requested))
					&& requested.getScheme() != null && requested.getHost() != null) {
				origins.add(requested.getScheme() + "://" + requested.getRawAuthority());
			}
		}
		catch (IllegalArgumentException ex) {
			// Not a URI: the authorization server refuses it too.
		}
	}

	/**
	 * Compares as the authorization server does: exactly, except that a loopback address
	 * (a native client's) may come with any port.
	 */
	private static boolean same(URI registered, URI requested) {
		if (registered.equals(requested)) {
			return true;
		}
		boolean loopback = "127.0.0.1".equals(registered.getHost()) || "[::1]".equals(registered.getHost());
		return loopback && registered.getScheme().equals(requested.getScheme())
				&& registered.getHost().equals(requested.getHost())
				&& registered.getRawPath().equals(requested.getRawPath())
				&& java.util.Objects.equals(registered.getRawQuery(), requested.getRawQuery());
	}

	private static String first(String[] values) {
		return (values != null && values.length > 0) ? values[0] : null;
	}

}
