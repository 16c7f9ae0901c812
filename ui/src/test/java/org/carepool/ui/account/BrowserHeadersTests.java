package org.carepool.ui.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.carepool.ui.RunningIdentityInitializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the headers and cookies the browser gets: a strict content security policy
 * (nothing inline, no framing), the referrer and permissions policies, and a session
 * cookie that is SameSite=Lax, and in production Secure with the __Host- prefix.
 */
class BrowserHeadersTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	static HttpResponse<String> get(int port, String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@ContextConfiguration(initializers = RunningIdentityInitializer.class)
	class Local {

		@LocalServerPort
		int port;

		@Test
		void everyAnswerCarriesTheBrowserPolicies() throws Exception {
			for (String path : List.of("/", "/css/app.css", "/people")) {
				HttpResponse<String> response = get(this.port, path);
				String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
				assertThat(csp).as(path)
					.contains("default-src 'self'")
					.contains("script-src 'self'")
					.contains("frame-ancestors 'none'")
					.doesNotContain("unsafe-inline")
					.doesNotContain("unsafe-eval");
				assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
					.hasValue("strict-origin-when-cross-origin");
				assertThat(response.headers().firstValue("Permissions-Policy").orElse("")).as(path)
					.contains("camera=()")
					.contains("geolocation=()");
				assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			}
		}

		@Test
		void theSessionCookieIsLaxAndHiddenFromScripts() throws Exception {
			String cookie = get(this.port, "/").headers().firstValue("Set-Cookie").orElseThrow();
			assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax");
		}

		@Test
		void theAssetsComeFromTheUiItself() throws Exception {
			assertThat(get(this.port, "/webjars/htmx.org/2.0.4/dist/htmx.min.js").statusCode()).isEqualTo(200);
			assertThat(get(this.port, "/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
			assertThat(get(this.port, "/js/app.js").statusCode()).isEqualTo(200);
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	@ContextConfiguration(initializers = RunningIdentityInitializer.class)
	@ActiveProfiles("production")
	class Production {

		@LocalServerPort
		int port;

		@Test
		void theSessionCookieIsSecureAndHostOnly() throws Exception {
			String cookie = get(this.port, "/").headers().firstValue("Set-Cookie").orElseThrow();
			assertThat(cookie).startsWith("__Host-SESSION=")
				.contains("Secure")
				.contains("Path=/")
				.contains("HttpOnly")
				.contains("SameSite=Lax")
				.doesNotContain("Domain=");
		}

	}

}
