package org.carepool.ui;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepool.identity.testing.RunningIdentity;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UiApplication}: a person signs in through the real issuer, as a
 * browser would, and lands on the start page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class SignInFlowTests {

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private final RunningIdentity identity = RunningIdentity.shared();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	@Test
	void signsACoordinatorInThroughTheIssuer() throws Exception {
		String ui = "http://localhost:" + this.port;
		this.identity.allowRedirectUri("ui", ui + "/login/oauth2/code/carepool");

		URI authorization = location(get(URI.create(ui + "/")));
		assertThat(authorization).hasToString(ui + "/oauth2/authorization/carepool");
		URI authorize = location(get(authorization));
		assertThat(authorize.toString()).startsWith(this.identity.issuer() + "/oauth2/authorize")
			.contains("code_challenge_method=S256");
		URI loginPage = location(get(authorize));
		assertThat(loginPage).hasToString(this.identity.issuer() + "/login");
		Matcher csrf = CSRF.matcher(get(loginPage).body());
		assertThat(csrf.find()).isTrue();
		URI continued = location(post(loginPage, "username=coordinator&password="
				+ URLEncoder.encode(this.identity.demoPassword(), StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)));
		URI callback = location(get(continued));
		assertThat(callback.toString()).startsWith(ui + "/login/oauth2/code/carepool?code=");
		URI home = location(get(callback));
		assertThat(home.getPath()).isEqualTo("/");
		HttpResponse<String> page = get(home);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("您好，陈静").contains("COORDINATOR").contains("区计生协协调员");
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(URI uri, String form) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + " redirects").isEqualTo(302);
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

}
