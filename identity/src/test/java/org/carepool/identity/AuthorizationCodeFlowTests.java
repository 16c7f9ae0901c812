package org.carepool.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.identity.testing.RunningIdentity;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IdentityApplication}: the {@code ui} client's authorization code flow
 * with PKCE, driven over HTTP as a browser and the ui's back end would.
 */
class AuthorizationCodeFlowTests {

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"");

	private static final String UI_REDIRECT_URI = "http://localhost:8080/login/oauth2/code/carepool";

	private final RunningIdentity identity = RunningIdentity.shared();

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void signsInAStreetCoordinatorWithTheirStreet() throws Exception {
		Jwt token = verified(signInThroughUi("street-coordinator").get("access_token").asText());

		assertThat(token.getSubject()).isEqualTo("00000000-0000-4000-8000-000000000002");
		assertThat(token.getIssuer()).hasToString(this.identity.issuer());
		assertThat(token.getAudience()).containsExactly("carepool-registry");
		assertThat(token.getClaimAsStringList("roles")).containsExactly("STREET_COORDINATOR");
		assertThat(token.getClaimAsString("street")).isEqualTo("changzheng-town");
		assertThat(token.getClaims()).doesNotContainKey("org");
		assertThat(token.getClaimAsString("name")).isEqualTo("李华");
		assertThat(token.getClaimAsString("preferred_username")).isEqualTo("street-coordinator");
		assertThat(token.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile");
		assertThat(token.getExpiresAt()).isBetween(token.getIssuedAt().plusSeconds(599),
				token.getIssuedAt().plusSeconds(601));
	}

	@Test
	void signsInAPartnerWithTheirOrganisation() throws Exception {
		Jwt token = verified(signInThroughUi("partner").get("access_token").asText());

		assertThat(token.getSubject()).isEqualTo("00000000-0000-4000-8000-000000000005");
		assertThat(token.getAudience()).containsExactly("carepool-registry");
		assertThat(token.getClaimAsStringList("roles")).containsExactly("PARTNER");
		assertThat(token.getClaimAsString("org")).isEqualTo("00000000-0000-4000-8000-0000000000f1");
		assertThat(token.getClaims()).doesNotContainKey("street");
		assertThat(token.getClaimAsString("name")).isEqualTo("刘芳");
	}

	@Test
	void givesTheUiAnIdTokenAndARefreshToken() throws Exception {
		JsonNode tokens = signInThroughUi("coordinator");

		Jwt idToken = verified(tokens.get("id_token").asText());
		assertThat(idToken.getAudience()).containsExactly("ui");
		assertThat(idToken.getSubject()).isEqualTo("00000000-0000-4000-8000-000000000001");
		assertThat(idToken.getClaimAsString("name")).isEqualTo("陈静");
		assertThat(idToken.getClaimAsStringList("roles")).containsExactly("COORDINATOR");
		assertThat(tokens.get("refresh_token").asText()).isNotBlank();
	}

	@Test
	void refusesTheUiWithoutPkce() throws Exception {
		URI authorize = UriComponentsBuilder.fromUriString(this.identity.issuer())
			.path("/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", "ui")
			.queryParam("redirect_uri", UI_REDIRECT_URI)
			.queryParam("scope", "openid profile")
			.queryParam("state", "s1")
			.encode()
			.build()
			.toUri();

		HttpResponse<String> response = get(authorize);

		assertThat(response.statusCode()).isEqualTo(302);
		URI redirect = location(response);
		Map<String, String> query = query(redirect);
		assertThat(redirect.toString()).startsWith(UI_REDIRECT_URI);
		assertThat(query).containsEntry("error", "invalid_request").doesNotContainKey("code");
		assertThat(query.get("error_description")).contains("code_challenge");
	}

	private JsonNode signInThroughUi(String username) throws Exception {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		URI authorize = UriComponentsBuilder.fromUriString(this.identity.issuer())
			.path("/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", "ui")
			.queryParam("redirect_uri", UI_REDIRECT_URI)
			.queryParam("scope", "openid profile")
			.queryParam("state", "s1")
			.queryParam("nonce", "n1")
			.queryParam("code_challenge", challenge)
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();

		URI loginPage = location(get(authorize));
		assertThat(loginPage.getPath()).isEqualTo("/login");
		HttpResponse<String> page = get(loginPage);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		URI continued = location(post(loginPage, null,
				Map.of("username", username, "password", this.identity.demoPassword(), "_csrf", csrf.group(1))));
		assertThat(continued.getPath()).isEqualTo("/oauth2/authorize");
		URI callback = location(get(continued));
		assertThat(callback.toString()).startsWith(UI_REDIRECT_URI);
		assertThat(query(callback)).containsEntry("state", "s1").containsKey("code");

		HttpResponse<String> tokens = post(URI.create(this.identity.issuer() + "/oauth2/token"),
				"Basic " + Base64.getEncoder().encodeToString("ui:ui-local-secret".getBytes()),
				Map.of("grant_type", "authorization_code", "code", query(callback).get("code"), "redirect_uri",
						UI_REDIRECT_URI, "code_verifier", verifier));
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		return new ObjectMapper().readTree(tokens.body());
	}

	private Jwt verified(String token) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(this.identity.issuer() + "/oauth2/jwks").build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(this.identity.issuer()));
		Jwt jwt = decoder.decode(token);
		assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
		return jwt;
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(URI uri, String authorization, Map<String, String> form)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"))));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + " redirects").isEqualTo(302);
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> query = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(uri)
			.build()
			.getQueryParams()
			.toSingleValueMap()
			.forEach((name, value) -> query.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8)));
		return query;
	}

}
