package org.carepool.identity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.identity.IdentityApplication;
import org.carepool.identity.IdentityProperties;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A real identity issuer running inside the test JVM, so tests of any module can sign in
 * demo accounts and clients over HTTP and get really signed tokens.
 *
 * <p>
 * The issuer runs without any configuration file (the consuming module's
 * {@code application.yaml} is not read), under the {@code local} profile, with the demo
 * password {@link #demoPassword()} and on a free port that is also in its issuer URL.
 * Other settings can come from system properties (such as
 * {@code -Dcarepool.identity.ui-redirect-uri=...}) or from {@link #start(Map)}, and
 * {@link #allowRedirectUri} registers a redirect URI once the issuer runs.
 */
public final class RunningIdentity implements AutoCloseable {

	private static final String DEMO_PASSWORD = "carepool-demo-password";

	/**
	 * Auto-configurations a consumer's classpath may carry that the issuer must not
	 * start; named as strings so they need not be on this module's classpath.
	 */
	private static final List<String> EXCLUDED_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.JndiDataSourceAutoConfiguration",
			"org.springframework.boot.autoconfigure.jdbc.XADataSourceAutoConfiguration",
			"org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration",
			"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
			"org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
			"org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration",
			"org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
			"org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration",
			"org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration",
			"org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration",
			"org.springframework.boot.autoconfigure.elasticsearch.ReactiveElasticsearchClientAutoConfiguration",
			"org.springframework.boot.autoconfigure.data.elasticsearch.ElasticsearchDataAutoConfiguration",
			"org.springframework.boot.autoconfigure.data.elasticsearch.ElasticsearchRepositoriesAutoConfiguration",
			"org.springframework.boot.autoconfigure.data.elasticsearch.ReactiveElasticsearchRepositoriesAutoConfiguration",
			"org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
			"org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientAutoConfiguration",
			"org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientWebSecurityAutoConfiguration",
			"org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
			"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
			"org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration",
			"org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration");

	private static final String EXCLUDE = "spring.autoconfigure.exclude";

	private static final SecureRandom random = new SecureRandom();

	private static final ObjectMapper json = new ObjectMapper();

	private static RunningIdentity shared;

	private final ConfigurableApplicationContext context;

	private final int port;

	private final String issuer;

	private final String demoPassword;

	private RunningIdentity(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.port = port;
		IdentityProperties properties = context.getBean(IdentityProperties.class);
		this.issuer = properties.issuer();
		this.demoPassword = properties.demoPassword();
	}

	/**
	 * Returns the issuer shared by every test in this JVM, starting it on first use; it
	 * stops when the JVM exits.
	 * @return the shared issuer
	 */
	public static synchronized RunningIdentity shared() {
		if (shared == null || !shared.context.isActive()) {
			shared = start(Map.of());
		}
		return shared;
	}

	/**
	 * Starts a separate issuer; the given properties override the defaults (for example
	 * {@code carepool.identity.issuer}, {@code carepool.identity.signing-key},
	 * {@code carepool.identity.ui-redirect-uri} or {@code spring.profiles.active}), and
	 * {@code spring.autoconfigure.exclude} adds to the default exclusions.
	 * @param extraProperties properties that override the defaults
	 * @return the running issuer, to be closed by the caller
	 */
	public static RunningIdentity start(Map<String, Object> extraProperties) {
		IllegalStateException failure = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			int port = extraProperties.containsKey("server.port")
					? Integer.parseInt(extraProperties.get("server.port").toString()) : freePort();
			try {
				return new RunningIdentity(application().run(arguments(port, extraProperties)), port);
			}
			catch (RuntimeException ex) {
				if (!causedByPortInUse(ex)) {
					throw ex;
				}
				failure = new IllegalStateException("Port " + port + " was taken while the issuer started", ex);
			}
		}
		throw failure;
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(IdentityApplication.class).bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.registerShutdownHook(true);
	}

	private static String[] arguments(int port, Map<String, Object> extraProperties) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.config.location", "optional:classpath:/carepool-identity-none/");
		properties.put("spring.profiles.active", "local");
		properties.put("spring.application.name", "carepool-identity");
		properties.put("server.port", port);
		properties.put("carepool.identity.issuer", "http://localhost:" + port);
		properties.put("carepool.identity.demo-password", DEMO_PASSWORD);
		properties.put("management.endpoints.web.exposure.include", "health");
		properties.putAll(extraProperties);
		List<String> excluded = new ArrayList<>(EXCLUDED_AUTO_CONFIGURATIONS);
		if (extraProperties.containsKey(EXCLUDE)) {
			excluded.add(extraProperties.get(EXCLUDE).toString());
		}
		properties.put(EXCLUDE, String.join(",", excluded));
		return properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
	}

	/**
	 * Returns the issuer URL, which is also the base URL of every endpoint.
	 * @return the issuer, such as {@code http://localhost:53123}
	 */
	public String issuer() {
		return this.issuer;
	}

	/**
	 * Returns the port the issuer listens on.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Returns the password every demo account shares.
	 * @return the demo password
	 */
	public String demoPassword() {
		return this.demoPassword;
	}

	/**
	 * Registers one more redirect URI for a client, for example the ui started on a
	 * random port.
	 * @param clientId the client, such as {@code ui}
	 * @param redirectUri the redirect URI to accept
	 */
	public void allowRedirectUri(String clientId, String redirectUri) {
		RegisteredClientRepository clients = this.context.getBean(RegisteredClientRepository.class);
		RegisteredClient client = clients.findByClientId(clientId);
		if (client == null) {
			throw new IllegalArgumentException("No client " + clientId);
		}
		clients.save(RegisteredClient.from(client).redirectUri(redirectUri).build());
	}

	/**
	 * Asks for a token with the client credentials grant.
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param scopes the scopes to ask for, or none for all the client's scopes
	 * @return the access token
	 * @throws IllegalStateException when the issuer refuses
	 */
	public String clientCredentialsToken(String clientId, String clientSecret, String... scopes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "client_credentials");
		if (scopes.length > 0) {
			form.put("scope", String.join(" ", scopes));
		}
		String credentials = Base64.getEncoder()
			.encodeToString(
					(Browser.encode(clientId) + ":" + Browser.encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = new Browser().send(HttpRequest.newBuilder(endpoint("/oauth2/token"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.form(form))));
		return tokenResponse(response).get("access_token").asText();
	}

	/**
	 * Signs a demo account in through the public {@code cli} client (authorization code
	 * with PKCE, over HTTP) and returns its access token.
	 * @param username the demo account, such as {@code coordinator}
	 * @return the access token
	 * @throws IllegalStateException when the sign-in is refused
	 */
	public String userToken(String username) {
		return signIn(username).get("access_token").asText();
	}

	/**
	 * Signs a demo account in like {@link #userToken(String)} and returns its ID token.
	 * @param username the demo account, such as {@code coordinator}
	 * @return the ID token
	 * @throws IllegalStateException when the sign-in is refused
	 */
	public String idToken(String username) {
		return signIn(username).get("id_token").asText();
	}

	/**
	 * Stops the issuer.
	 */
	@Override
	public void close() {
		this.context.close();
	}

	private JsonNode signIn(String username) {
		String redirectUri = this.context.getBean(IdentityProperties.class).cliRedirectUri();
		String verifier = randomToken(32);
		String state = randomToken(16);
		URI authorize = UriComponentsBuilder.fromUriString(this.issuer)
			.path("/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", "cli")
			.queryParam("redirect_uri", redirectUri)
			.queryParam("scope", "openid profile")
			.queryParam("state", state)
			.queryParam("nonce", randomToken(16))
			.queryParam("code_challenge", challenge(verifier))
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();
		Browser browser = new Browser();
		URI loginPage = Browser.redirect(browser.get(authorize));
		String csrf = Browser.csrfToken(browser.get(loginPage));
		URI afterLogin = Browser.redirect(browser.post(endpoint("/login"),
				Map.of("username", username, "password", this.demoPassword, "_csrf", csrf)));
		if (afterLogin.getPath().equals("/login")) {
			throw new IllegalStateException("The issuer refused to sign in " + username);
		}
		URI callback = Browser.redirect(browser.get(afterLogin));
		Map<String, String> query = UriComponentsBuilder.fromUri(callback).build().getQueryParams().toSingleValueMap();
		if (!callback.toString().startsWith(redirectUri) || !state.equals(query.get("state"))
				|| query.get("code") == null) {
			throw new IllegalStateException("The issuer did not return a code: " + callback);
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", query.get("code"));
		form.put("redirect_uri", redirectUri);
		form.put("client_id", "cli");
		form.put("code_verifier", verifier);
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(endpoint("/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.form(form))));
		return tokenResponse(response);
	}

	private URI endpoint(String path) {
		return URI.create(this.issuer + path);
	}

	private static JsonNode tokenResponse(HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"The token endpoint answered " + response.statusCode() + ": " + response.body());
		}
		try {
			return json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String randomToken(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean causedByPortInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PortInUseException) {
				return true;
			}
		}
		return false;
	}

}
