package org.carepool.identity.login.web;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LoginController}.
 */
class LoginPageTests {

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private final RunningIdentity identity = RunningIdentity.shared();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	@Test
	void speaksChineseByDefault() throws Exception {
		HttpResponse<String> page = get("/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"zh-CN\"")
			.contains("<label for=\"username\">用户名</label>")
			.contains("<label for=\"password\">密码</label>")
			.contains(">English</a>")
			.doesNotContain("Sign in");
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		HttpResponse<String> page = get("/login?lang=en");

		assertThat(page.body()).contains("<html lang=\"en\"")
			.contains("<label for=\"username\">Username</label>")
			.contains("Sign in")
			.contains(">中文</a>")
			.doesNotContain("用户名");
	}

	@Test
	void reportsBadCredentialsInChinese() throws Exception {
		HttpResponse<String> page = signInWithWrongPassword("/login");

		assertThat(page.body()).contains("role=\"alert\"").contains("用户名或密码不正确");
	}

	@Test
	void reportsBadCredentialsInTheChosenLanguage() throws Exception {
		HttpResponse<String> page = signInWithWrongPassword("/login?lang=en");

		assertThat(page.body()).contains("role=\"alert\"").contains("The username or password is incorrect");
	}

	@Test
	void keepsTheSessionCookieApartFromTheUis() throws Exception {
		HttpResponse<String> page = get("/login");

		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("CAREPOOL_IDENTITY_SESSION=").contains("HttpOnly"));
	}

	@Test
	void sendsTheSessionCookieOnTopLevelNavigationsOnly() throws Exception {
		HttpResponse<String> page = get("/login");

		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("CAREPOOL_IDENTITY_SESSION=").contains("SameSite=Lax"));
	}

	@Test
	void tellsBrowsersNotToFrameScriptOrLeakTheLoginPage() throws Exception {
		HttpResponse<String> page = get("/login");

		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'", "style-src 'self'")
			.doesNotContain("'unsafe-inline'", "'unsafe-eval'"));
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(page.headers().firstValue("Permissions-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()"));
		assertThat(page.body()).doesNotContain("<script", "<style", "style=");
	}

	@Test
	void letsTheSignInFormGoOnToTheClientItSignsInto() throws Exception {
		HttpResponse<String> page = page("/oauth2/authorize?response_type=code&client_id=ui&scope=openid"
				+ "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flogin%2Foauth2%2Fcode%2Fcarepool&state=s1"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

		// Browsers check form-action on each redirect after the form: /login, then
		// /oauth2/authorize, then the ui's callback.
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).endsWith("; form-action 'self' http://localhost:8080"));
	}

	@Test
	void keepsTheSignInFormOnTheIssuerForAnyOtherAddress() throws Exception {
		assertThat(page("/login").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).endsWith("; form-action 'self'"));
		// A crafted address that only looks like an authorization request widens nothing.
		HttpResponse<String> crafted = page(
				"/userinfo-page?client_id=ui&redirect_uri=https%3A%2F%2Fattacker.example%2Fcallback");
		assertThat(crafted.uri().getPath()).isEqualTo("/login");
		assertThat(crafted.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).endsWith("; form-action 'self'"));
		HttpResponse<String> unregistered = page("/oauth2/authorize?response_type=code&client_id=ui&scope=openid"
				+ "&redirect_uri=https%3A%2F%2Fattacker.example%2Fcallback&state=s1"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
		assertThat(unregistered.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).doesNotContain("attacker"));
	}

	@Test
	void stylesTheLoginPageFromItsOwnStylesheet() throws Exception {
		HttpResponse<String> page = get("/login");
		assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/css/identity.css\">");

		HttpResponse<String> stylesheet = get("/css/identity.css");

		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(stylesheet.body()).contains("--accent", ".error");
	}

	@Test
	void makesTheSessionCookieSecureAndHostOnlyInProduction() throws Exception {
		try (org.carepool.identity.testing.RunningIdentity production = org.carepool.identity.testing.RunningIdentity
			.start(java.util.Map.of("spring.profiles.active", "production", "carepool.identity.ui-client-secret",
					"production-ui", "carepool.identity.indexer-client-secret", "production-indexer",
					"carepool.identity.partner-client-secret", "production-partner", "carepool.identity.demo-password",
					""))) {
			HttpResponse<String> page = this.browser.send(
					HttpRequest.newBuilder(URI.create(production.issuer() + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.headers().allValues("Set-Cookie"))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("__Host-CAREPOOL_IDENTITY_SESSION=")
					.contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/")
					.doesNotContain("Domain="));
		}
	}

	@Test
	void reportsHealthWithoutSignIn() throws Exception {
		HttpResponse<String> health = get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	private HttpResponse<String> signInWithWrongPassword(String loginPage) throws Exception {
		Matcher csrf = CSRF.matcher(get(loginPage).body());
		assertThat(csrf.find()).isTrue();
		String form = "username=coordinator&password=wrong&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> page = this.browser
			.send(HttpRequest.newBuilder(URI.create(this.identity.issuer() + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.uri().getPath()).isEqualTo("/login");
		assertThat(page.uri().getQuery()).isEqualTo("error");
		return page;
	}

	private HttpResponse<String> page(String path) throws Exception {
		return this.browser.send(
				HttpRequest.newBuilder(URI.create(this.identity.issuer() + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create(this.identity.issuer() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
