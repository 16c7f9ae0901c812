package org.carepool.deploy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over {@link HttpClient}: it keeps cookies and lets the caller follow
 * each redirect, so a sign-in through Keycloak's login page can be driven step by step.
 */
public final class Browser {

	private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new LoopbackIsSecure())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/**
	 * Loads a page.
	 * @param uri the address
	 * @return the response, not followed if it redirects
	 */
	public HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
	}

	/**
	 * Submits a form.
	 * @param uri the form's action
	 * @param form the fields
	 * @return the response, not followed if it redirects
	 */
	public HttpResponse<String> post(URI uri, Map<String, String> form) {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(form))));
	}

	/**
	 * Follows a redirect to Keycloak's login page and signs in there.
	 * @param authorize the authorization request the client sent the browser to
	 * @param username the user name
	 * @param password the password
	 * @return Keycloak's answer to the login form: a redirect back to the client
	 */
	public HttpResponse<String> signInAtKeycloak(URI authorize, String username, String password) {
		HttpResponse<String> page = get(authorize);
		if (page.statusCode() != 200) {
			throw new IllegalStateException("Keycloak answered the authorization request " + authorize + " with "
					+ page.statusCode() + ": " + page.body());
		}
		Matcher form = LOGIN_FORM.matcher(page.body());
		if (!form.find()) {
			throw new IllegalStateException("No login form on " + page.uri() + ":\n" + page.body());
		}
		URI action = page.uri().resolve(form.group(1).replace("&amp;", "&"));
		return post(action, Map.of("username", username, "password", password, "credentialId", ""));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Where a redirect points.
	 * @param response a response that must be a redirect
	 * @return the absolute location
	 */
	public static URI redirect(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 3) {
			throw new IllegalStateException("Expected a redirect from " + response.uri() + " but got "
					+ response.statusCode() + ": " + response.body());
		}
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("Redirect without Location from " + response.uri()));
		return response.uri().resolve(location);
	}

	/**
	 * Keeps cookies as a browser does, which treats {@code http://127.0.0.1} and
	 * {@code http://localhost} as secure: Keycloak marks its login cookies
	 * {@code Secure}, and {@link CookieManager} would otherwise never send them back over
	 * plain HTTP.
	 */
	private static final class LoopbackIsSecure extends CookieHandler {

		private static final Pattern SECURE = Pattern.compile("(?i);\\s*Secure(?=;|$)");

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
			return this.cookies.get(uri, requestHeaders);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
			if (!isLoopback(uri)) {
				this.cookies.put(uri, responseHeaders);
				return;
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			responseHeaders
				.forEach((name, values) -> headers.put(name, (name != null && name.equalsIgnoreCase("Set-Cookie"))
						? values.stream().map((value) -> SECURE.matcher(value).replaceAll("")).toList() : values));
			this.cookies.put(uri, headers);
		}

		private static boolean isLoopback(URI uri) {
			return "localhost".equals(uri.getHost()) || uri.getHost().startsWith("127.");
		}

	}

	static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
