package org.carepool.deploy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carepool.local.server.Distributions;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.JavaRuntimes;
import org.carepool.local.server.JavaRuntimes.JavaRuntime;
import org.carepool.local.server.ServerProcess;
import org.carepool.local.server.ServiceChoice;
import org.carepool.local.server.ServiceChoice.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak with the Carepool realm ({@code keycloak/carepool-realm.json}) and the
 * local-only demo users, from where {@link ServiceChoice} says: a server named by
 * {@code CAREPOOL_KEYCLOAK_URL} (the realm is imported through its admin API), a
 * container of the pinned image, or the {@code keycloak-quarkus-dist} distribution from
 * Maven Central in development mode on a JDK 21 or newer.
 */
public final class RunningKeycloak implements AutoCloseable {

	/** The realm's name. */
	public static final String REALM = "carepool";

	/** The public client for scripts, which signs people in with a code and PKCE. */
	public static final String SCRIPT_CLIENT = "cli";

	/** The redirect URI the realm registers for the script client. */
	public static final String SCRIPT_REDIRECT = "http://127.0.0.1:8765/callback";

	static final Path REALM_FILE = Path.of("keycloak", "carepool-realm.json");

	static final Path DEMO_USERS = Path.of("keycloak", "local", "carepool-users-0.json");

	private static final Logger log = LoggerFactory.getLogger(RunningKeycloak.class);

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

	private static final SecureRandom random = new SecureRandom();

	private final URI base;

	private final String adminUser;

	private final String adminPassword;

	private final String demoPassword = "Demo-" + secret(9);

	private final AutoCloseable stop;

	private final Runnable ready;

	private boolean awaited;

	private RunningKeycloak(URI base, String adminUser, String adminPassword, AutoCloseable stop, Runnable ready) {
		this.base = base;
		this.adminUser = adminUser;
		this.adminPassword = adminPassword;
		this.stop = stop;
		this.ready = ready;
	}

	/**
	 * Starts Keycloak (or connects to the one named by the environment) with the realm
	 * and the demo users; its address is known at once, so applications can start
	 * meanwhile. {@link #awaitReady()} waits for it.
	 * @param settings values for the realm's placeholders, such as
	 * {@code CAREPOOL_UI_CLIENT_SECRET}
	 * @return the starting Keycloak
	 */
	public static RunningKeycloak start(Map<String, String> settings) {
		ServiceChoice choice = ServiceChoice.of(Service.KEYCLOAK);
		return switch (choice.source()) {
			case GIVEN -> given(System.getenv(), settings);
			case CONTAINER -> container(settings);
			case DISTRIBUTION -> distribution(settings);
		};
	}

	/**
	 * Waits until Keycloak answers with the realm, then gives every demo user the
	 * password {@link #demoPassword()}.
	 * @return this Keycloak
	 */
	public synchronized RunningKeycloak awaitReady() {
		if (!this.awaited) {
			this.ready.run();
			setDemoPasswords();
			this.awaited = true;
		}
		return this;
	}

	/**
	 * A random secret of letters and digits.
	 * @param bytes how many random bytes
	 * @return the secret
	 */
	public static String secret(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

	private static RunningKeycloak given(Map<String, String> environment, Map<String, String> settings) {
		URI base = URI.create(environment.get(Service.KEYCLOAK.variable()).replaceAll("/+$", ""));
		RunningKeycloak keycloak = new RunningKeycloak(base,
				environment.getOrDefault("CAREPOOL_KEYCLOAK_ADMIN_USER", "admin"),
				environment.getOrDefault("CAREPOOL_KEYCLOAK_ADMIN_PASSWORD", ""), () -> {
				}, () -> {
				});
		keycloak.importThroughTheAdminApi(settings);
		return keycloak;
	}

	private static RunningKeycloak container(Map<String, String> settings) {
		String adminUser = "admin-" + secret(3);
		String adminPassword = secret(16);
		Map<String, String> environment = new LinkedHashMap<>(settings);
		environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
		environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
		var container = org.carepool.local.containers.Containers
			.keycloak(List.of(REALM_FILE.toAbsolutePath(), DEMO_USERS.toAbsolutePath()), environment);
		URI base = URI.create("http://" + container.getHost() + ":" + container.getFirstMappedPort());
		return new RunningKeycloak(base, adminUser, adminPassword, () -> {
		}, () -> {
		});
	}

	private static RunningKeycloak distribution(Map<String, String> settings) {
		String version = System.getProperty("carepool.keycloak.version", "26.5.6");
		JavaRuntime java = JavaRuntimes.find(21);
		log.info("Keycloak {} runs on {}", version, java);
		String archive = System.getProperty("carepool.keycloak.distribution");
		if (archive == null || archive.isBlank() || archive.startsWith("$")) {
			throw new IllegalStateException("The build did not say where the Keycloak distribution is "
					+ "(-Dcarepool.keycloak.distribution); run these tests with ./mvnw.");
		}
		Path shared = Distributions
			.unpack("keycloak-" + version, () -> Files.newInputStream(Path.of(archive)), Distributions.Format.TAR_GZ)
			.resolve("keycloak-" + version);
		Path build = Distributions.cache().resolve("keycloak-" + version + ".dev-build");
		try {
			Path home = ownHome(shared, build);
			Path imports = Files.createDirectories(home.resolve("data/import"));
			Files.copy(REALM_FILE, imports.resolve(REALM_FILE.getFileName()));
			Files.copy(DEMO_USERS, imports.resolve(DEMO_USERS.getFileName()));
			int port = FreePorts.next();
			String adminUser = "admin-" + secret(3);
			String adminPassword = secret(16);
			Map<String, String> environment = new LinkedHashMap<>(settings);
			environment.put("JAVA_HOME", java.home().toString());
			environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
			environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
			environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
			// jboss-threads resets thread locals through reflection on Java 24 and newer.
			environment.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
			List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--db=dev-mem",
					"--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + FreePorts.next(),
					"--import-realm");
			ServerProcess process = ServerProcess.startAsCurrentUser("Keycloak " + version, command, environment,
					Path.of("target", "keycloak.log").toAbsolutePath());
			URI base = URI.create("http://127.0.0.1:" + port);
			return new RunningKeycloak(base, adminUser, adminPassword, () -> {
				process.stop();
				Distributions.deleteTree(home);
			}, () -> {
				process.awaitReady(
						() -> answers(base.resolve("/realms/" + REALM + "/.well-known/openid-configuration")),
						Duration.ofMinutes(8));
				try {
					keepTheBuild(home, build);
				}
				catch (IOException ex) {
					log.warn("Could not keep Keycloak's build for later runs: {}", ex.getMessage());
				}
				log.info("Keycloak {} ready on {} (Java {})", version, base, java.version());
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare Keycloak " + version, ex);
		}
	}

	/**
	 * A home of its own for one server: copies of the small parts Keycloak writes to (its
	 * build, configuration, data), and the shared, never written libraries linked.
	 */
	private static Path ownHome(Path shared, Path build) throws IOException {
		Path home = Files.createTempDirectory(Distributions.cache(), "keycloak-");
		Path libraries = shared.resolve("lib/lib");
		try (Stream<Path> paths = Files.walk(shared)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (path.startsWith(libraries)) {
					continue;
				}
				Path target = home.resolve(shared.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		Files.createSymbolicLink(home.resolve("lib/lib"), libraries);
		if (Files.isDirectory(build)) {
			try (Stream<Path> files = Files.list(build)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Files.copy(file, home.resolve("lib/quarkus").resolve(file.getFileName()),
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		return home;
	}

	/**
	 * Keeps the development-mode build Keycloak made on its first start, so later starts
	 * skip that minute.
	 */
	private static void keepTheBuild(Path home, Path build) throws IOException {
		if (Files.isDirectory(build)) {
			return;
		}
		Path staging = Files.createTempDirectory(build.getParent(), build.getFileName() + ".staging");
		try (Stream<Path> files = Files.list(home.resolve("lib/quarkus"))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, staging.resolve(file.getFileName()));
			}
		}
		try {
			Files.move(staging, build, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// Another build kept it first.
			Distributions.deleteTree(staging);
		}
	}

	private static boolean answers(URI uri) {
		try {
			return http
				.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The issuer of the realm's tokens.
	 * @return such as {@code http://127.0.0.1:41234/realms/carepool}
	 */
	public String issuer() {
		return this.base + "/realms/" + REALM;
	}

	/**
	 * The realm's token endpoint.
	 * @return the URI
	 */
	public String tokenEndpoint() {
		return issuer() + "/protocol/openid-connect/token";
	}

	/**
	 * The password every demo user has in this run.
	 * @return the password
	 */
	public String demoPassword() {
		return this.demoPassword;
	}

	/**
	 * An access token for a client, with the client credentials grant.
	 * @param clientId the client
	 * @param secret its secret
	 * @return the access token
	 */
	public String clientCredentialsToken(String clientId, String secret) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build();
		return tokens(request).get("access_token").asText();
	}

	/**
	 * Signs a demo user in as a script would: through the public client, with the
	 * authorization code and PKCE, on Keycloak's own login page.
	 * @param username the demo user
	 * @return the token response (access and ID token)
	 */
	public JsonNode signInAsScript(String username) {
		String verifier = secret(32);
		String challenge;
		try {
			challenge = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		URI authorize = URI.create(issuer() + "/protocol/openid-connect/auth?response_type=code&client_id="
				+ SCRIPT_CLIENT + "&scope=openid&state=" + secret(8) + "&code_challenge_method=S256&code_challenge="
				+ challenge + "&redirect_uri=" + URLEncoder.encode(SCRIPT_REDIRECT, StandardCharsets.UTF_8));
		URI callback = Browser.redirect(new Browser().signInAtKeycloak(authorize, username, this.demoPassword));
		Matcher code = Pattern.compile("[?&]code=([^&]+)")
			.matcher(callback.getRawQuery() == null ? "" : "?" + callback.getRawQuery());
		if (!callback.toString().startsWith(SCRIPT_REDIRECT) || !code.find()) {
			throw new IllegalStateException("Keycloak did not send " + username + " back with a code: " + callback);
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(Browser.form(Map.of("grant_type", "authorization_code", "client_id", SCRIPT_CLIENT, "code",
						decoded(code.group(1)), "redirect_uri", SCRIPT_REDIRECT, "code_verifier", verifier))))
			.build();
		return tokens(request);
	}

	/**
	 * Adds a client to the realm through the admin API.
	 * @param representation the client, as Keycloak's JSON representation
	 */
	public void addClient(String representation) {
		HttpResponse<String> response = admin("POST", "/admin/realms/" + REALM + "/clients", representation);
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Could not add a client: " + response.statusCode() + " " + response.body());
		}
	}

	@Override
	public void close() {
		try {
			this.stop.close();
		}
		catch (Exception ex) {
			log.warn("Could not stop Keycloak cleanly: {}", ex.getMessage());
		}
	}

	private void setDemoPasswords() {
		try {
			for (JsonNode user : json.readTree(DEMO_USERS.toFile()).get("users")) {
				HttpResponse<String> response = admin("PUT",
						"/admin/realms/" + REALM + "/users/" + user.get("id").asText() + "/reset-password",
						"{\"type\": \"password\", \"temporary\": false, \"value\": \"" + this.demoPassword + "\"}");
				if (response.statusCode() != 204) {
					throw new IllegalStateException("Could not set the password of " + user.get("username").asText()
							+ ": " + response.statusCode() + " " + response.body());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports the realm as Keycloak's own import does, placeholders replaced, demo users
	 * included, replacing a realm of the same name.
	 */
	private void importThroughTheAdminApi(Map<String, String> settings) {
		try {
			Matcher placeholders = PLACEHOLDER.matcher(Files.readString(REALM_FILE));
			StringBuilder replaced = new StringBuilder();
			while (placeholders.find()) {
				String value = settings.get(placeholders.group(1));
				if (value == null) {
					throw new IllegalStateException("No value for the realm's placeholder " + placeholders.group());
				}
				placeholders.appendReplacement(replaced, Matcher.quoteReplacement(value));
			}
			placeholders.appendTail(replaced);
			ObjectNode realm = (ObjectNode) json.readTree(replaced.toString());
			realm.set("users", (ArrayNode) json.readTree(DEMO_USERS.toFile()).get("users"));
			admin("DELETE", "/admin/realms/" + REALM, null);
			HttpResponse<String> created = admin("POST", "/admin/realms", json.writeValueAsString(realm));
			if (created.statusCode() != 201) {
				throw new IllegalStateException("Keycloak at " + this.base + " refused the realm: "
						+ created.statusCode() + " " + created.body());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpResponse<String> admin(String method, String path, String body) {
		HttpRequest tokenRequest = HttpRequest
			.newBuilder(this.base.resolve("/realms/master/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.form(Map.of("grant_type", "password", "client_id",
					"admin-cli", "username", this.adminUser, "password", this.adminPassword))))
			.build();
		String token = tokens(tokenRequest).get("access_token").asText();
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(60))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request.build());
	}

	private static JsonNode tokens(HttpRequest request) {
		HttpResponse<String> response = send(request);
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

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String decoded(String value) {
		return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
