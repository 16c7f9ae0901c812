package org.carepool.identity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over {@link HttpClient}: it keeps cookies and lets the caller follow
 * each redirect, so a sign-in can be driven step by step.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
	}

	HttpResponse<String> post(URI uri, Map<String, String> form) {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(form))));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
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

	static URI redirect(HttpResponse<String> response) {
		if (response.statusCode() / 100 != 3) {
			throw new IllegalStateException("Expected a redirect from " + response.uri() + " but got "
					+ response.statusCode() + ": " + response.body());
		}
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("Redirect without Location from " + response.uri()));
		return response.uri().resolve(location);
	}

	static String csrfToken(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on " + page.uri());
		}
		return matcher.group(1);
	}

	static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
