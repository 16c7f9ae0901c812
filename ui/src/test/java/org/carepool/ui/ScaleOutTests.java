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
import org.carepool.local.postgres.LocalPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UiApplication} run as several instances behind a proxy: a session
 * started on one instance is known to the others (Spring Session in PostgreSQL), and the
 * proxy's forwarded headers decide the addresses the ui sends browsers to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class ScaleOutTests {

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private final RunningIdentity identity = RunningIdentity.shared();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	@Test
	void anotherInstanceKnowsWhoSignedInOnTheFirst() throws Exception {
		LocalPostgres postgres = LocalPostgres.shared();
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(UiApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.run("--server.port=0", "--spring.datasource.url=" + postgres.jdbcUrl(),
					"--spring.datasource.username=" + postgres.username(),
					"--spring.datasource.password=" + postgres.password(),
					"--spring.security.oauth2.client.provider.carepool.issuer-uri=" + this.identity.issuer())) {
			String first = "http://localhost:" + this.port;
			signIn(first, "coordinator");
			assertThat(get(URI.create(first + "/")).body()).contains("陈静");

			String other = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> page = get(URI.create(other + "/"));

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("陈静").contains("COORDINATOR");
		}
	}

	@Test
	void sendsBrowsersToTheAddressTheProxyReports() throws Exception {
		HttpResponse<String> response = this.browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "carepool.district.example")
				.header("X-Forwarded-Port", "443")
				.header("X-Forwarded-For", "203.0.113.7")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValue("https://carepool.district.example/oauth2/authorization/carepool");
	}

	private void signIn(String ui, String username) throws Exception {
		this.identity.allowRedirectUri("ui", ui + "/login/oauth2/code/carepool");
		URI authorize = location(get(location(get(URI.create(ui + "/")))));
		URI loginPage = location(get(authorize));
		Matcher csrf = CSRF.matcher(get(loginPage).body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = this.browser.send(HttpRequest.newBuilder(loginPage)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(this.identity.demoPassword(), StandardCharsets.UTF_8) + "&_csrf="
					+ csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		URI callback = location(get(location(login)));
		assertThat(location(get(callback)).getPath()).isEqualTo("/");
	}

	private HttpResponse<String> get(URI uri) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + " redirects").isEqualTo(302);
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

}
