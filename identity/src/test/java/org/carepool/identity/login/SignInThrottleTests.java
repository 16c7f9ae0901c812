package org.carepool.identity.login;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepool.identity.testing.RunningIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SignInThrottle} and {@link SignInAttempts}: after five failures every
 * attempt waits longer, after ten none is accepted, known and unknown accounts alike.
 */
class SignInThrottleTests {

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	@Test
	void slowsDownAndThenLocksOutRepeatedFailures() throws Exception {
		// An issuer of its own: the lock would shut every other test out of the shared
		// one.
		try (RunningIdentity identity = RunningIdentity.start(Map.of())) {
			HttpClient browser = HttpClient.newBuilder()
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NORMAL)
				.build();
			long[] took = new long[SignInAttempts.LOCK_AFTER];
			for (int i = 0; i < SignInAttempts.LOCK_AFTER; i++) {
				// Known and unknown accounts, one client address.
				String account = (i % 2 == 0) ? "coordinator" : "no-such-account";
				long started = System.nanoTime();
				assertThat(signIn(browser, identity, account, "wrong-" + i)).as("attempt %d", i + 1)
					.isEqualTo("/login?error");
				took[i] = (System.nanoTime() - started) / 1_000_000;
			}
			assertThat(took[SignInAttempts.LOCK_AFTER - 1]).as("the tenth attempt waits")
				.isGreaterThanOrEqualTo(SignInAttempts.DELAY_STEP.toMillis()
						* (SignInAttempts.LOCK_AFTER - SignInAttempts.DELAY_AFTER - 1));
			// Locked: even the right password is answered like a wrong one.
			assertThat(signIn(browser, identity, "coordinator", identity.demoPassword())).isEqualTo("/login?error");
		}
	}

	@Test
	void letsTheRightPasswordInAfterAFewFailures() throws Exception {
		try (RunningIdentity identity = RunningIdentity.start(Map.of())) {
			HttpClient browser = HttpClient.newBuilder()
				.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			for (int i = 0; i < 3; i++) {
				assertThat(signIn(browser, identity, "expert", "wrong")).isEqualTo("/login?error");
			}
			assertThat(signIn(browser, identity, "expert", identity.demoPassword())).isNotEqualTo("/login?error");
		}
	}

	private static String signIn(HttpClient browser, RunningIdentity identity, String account, String password)
			throws Exception {
		HttpResponse<String> page = browser.send(
				HttpRequest.newBuilder(URI.create(identity.issuer() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(account, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(identity.issuer() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() / 100 == 3) {
			String location = answer.headers().firstValue("Location").orElse("");
			return URI.create(identity.issuer()).resolve(location).getPath()
					+ (location.contains("?error") ? "?error" : "");
		}
		return answer.uri().getPath() + ((answer.uri().getQuery() != null) ? "?" + answer.uri().getQuery() : "");
	}

}
