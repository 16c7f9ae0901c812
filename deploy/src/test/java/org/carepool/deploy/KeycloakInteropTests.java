package org.carepool.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.deploy.testing.Browser;
import org.carepool.deploy.testing.RunningApplication;
import org.carepool.deploy.testing.RunningKeycloak;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.local.postgres.LocalPostgres;
import org.carepool.local.server.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the Carepool applications work with Keycloak as their identity provider: the
 * real Keycloak 26.5 with the realm of {@code keycloak/carepool-realm.json}, the
 * registry, indexer and ui run from their executable jars with settings from the
 * environment only, as in {@code compose.yaml}.
 */
class KeycloakInteropTests {

	private static final ObjectMapper json = new ObjectMapper();

	private static final String WOMENS_FEDERATION = "00000000-0000-4000-8000-0000000000f1";

	private static final String PARTNER_CLIENT = "partner-womens-federation";

	private static final String UI_SECRET = RunningKeycloak.secret(16);

	private static final String INDEXER_SECRET = RunningKeycloak.secret(16);

	private static final String PARTNER_SECRET = RunningKeycloak.secret(16);

	private static final List<AutoCloseable> started = new ArrayList<>();

	private static RunningKeycloak keycloak;

	private static RunningApplication registry;

	private static RunningApplication indexer;

	private static RunningApplication ui;

	@BeforeAll
	static void startKeycloakAndTheApplications() {
		int uiPort = FreePorts.next();
		Map<String, String> realm = Map.of("CAREPOOL_UI_CLIENT_SECRET", UI_SECRET, "CAREPOOL_UI_URL",
				"http://localhost:" + uiPort, "CAREPOOL_INDEXER_CLIENT_SECRET", INDEXER_SECRET,
				"CAREPOOL_PARTNER_WOMENS_FEDERATION_SECRET", PARTNER_SECRET);
		CompletableFuture<LocalElasticsearch> elasticsearch = CompletableFuture.supplyAsync(LocalElasticsearch::shared);
		CompletableFuture<LocalPostgres> postgres = CompletableFuture.supplyAsync(LocalPostgres::shared);
		keycloak = RunningKeycloak.start(realm);
		started.add(keycloak);
		LocalPostgres database = postgres.join();
		LocalElasticsearch search = elasticsearch.join();

		// The registry and the indexer reach Keycloak only when a token arrives, so they
		// start while Keycloak does; the ui reads Keycloak's discovery document on start.
		Map<String, String> registrySettings = new LinkedHashMap<>();
		registrySettings.put("CAREPOOL_POSTGRES_URL", freshDatabase(database, "carepool_keycloak"));
		registrySettings.put("CAREPOOL_POSTGRES_USER", database.username());
		registrySettings.put("CAREPOOL_POSTGRES_PASSWORD", database.password());
		registrySettings.put("CAREPOOL_ELASTICSEARCH_URL", search.uri().toString());
		registrySettings.put("CAREPOOL_ELASTICSEARCH_REGISTRY_PASSWORD",
				search.credentials(Account.REGISTRY).password());
		registrySettings.put("CAREPOOL_IDENTITY_URI", keycloak.issuer());
		registrySettings.put("REGISTRY_DEMO_PEOPLE", "40");
		// The keys as compose gives them: an id of the deployment's own, the key by that
		// id.
		registrySettings.put("REGISTRY_PRIVACY_ACTIVE_KEY", "k1");
		registrySettings.put("REGISTRY_PRIVACY_KEYS_K1",
				Base64.getEncoder().encodeToString(RunningKeycloak.secret(16).getBytes(StandardCharsets.US_ASCII)));
		int registryPort = FreePorts.next();
		registry = RunningApplication.start("registry", registryPort, registrySettings);
		started.add(registry);

		Map<String, String> indexerSettings = new LinkedHashMap<>();
		indexerSettings.put("CAREPOOL_REGISTRY_URI", "http://localhost:" + registryPort);
		indexerSettings.put("CAREPOOL_ELASTICSEARCH_URL", search.uri().toString());
		indexerSettings.put("CAREPOOL_ELASTICSEARCH_INDEXER_PASSWORD", search.credentials(Account.INDEXER).password());
		indexerSettings.put("CAREPOOL_IDENTITY_URI", keycloak.issuer());
		indexerSettings.put("CAREPOOL_IDENTITY_TOKEN_URI", keycloak.tokenEndpoint());
		indexerSettings.put("CAREPOOL_INDEXER_CLIENT_SECRET", INDEXER_SECRET);
		// Keycloak may still be starting: try again soon rather than after a long
		// backoff.
		indexerSettings.put("INDEXER_FEED_RETRY_MAX", "2s");
		indexer = RunningApplication.start("indexer", FreePorts.next(), indexerSettings);
		started.add(indexer);

		keycloak.awaitReady();
		Map<String, String> uiSettings = new LinkedHashMap<>();
		uiSettings.put("CAREPOOL_IDENTITY_URI", keycloak.issuer());
		uiSettings.put("CAREPOOL_UI_CLIENT_SECRET", UI_SECRET);
		uiSettings.put("CAREPOOL_UI_POSTGRES_URL", freshDatabase(database, "carepool_ui_keycloak"));
		uiSettings.put("CAREPOOL_UI_POSTGRES_USER", database.username());
		uiSettings.put("CAREPOOL_UI_POSTGRES_PASSWORD", database.password());
		ui = RunningApplication.start("ui", uiPort, uiSettings);
		started.add(ui);

		registry.awaitHealthy(Duration.ofMinutes(4));
		indexer.awaitHealthy(Duration.ofMinutes(4));
		ui.awaitHealthy(Duration.ofMinutes(4));
	}

	@AfterAll
	static void stopEverything() {
		for (int i = started.size() - 1; i >= 0; i--) {
			try {
				started.get(i).close();
			}
			catch (Exception ex) {
				// Stopping the rest matters more.
			}
		}
	}

	@Test
	void registryTakesRolesFromTheRealmsAccessTokens() {
		JsonNode coordinator = keycloak.signInAsScript("coordinator");
		JsonNode claims = claims(coordinator.get("access_token").asText());
		assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuer());
		assertThat(strings(claims.get("aud"))).contains("carepool-registry", "carepool-indexer");
		assertThat(strings(claims.get("roles"))).containsExactly("COORDINATOR");
		assertThat(claims.get("sub").asText()).isEqualTo("00000000-0000-4000-8000-000000000001");
		assertThat(
				registry.call("GET", "/api/people?size=5", coordinator.get("access_token").asText(), null).statusCode())
			.isEqualTo(200);

		String volunteer = keycloak.signInAsScript("volunteer").get("access_token").asText();
		assertThat(registry.call("GET", "/api/people", volunteer, null).statusCode()).isEqualTo(403);
		HttpResponse<String> own = registry.call("GET", "/api/people/me", volunteer, null);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
	}

	@Test
	void registryConfinesAStreetCoordinatorToTheStreetInTheToken() {
		String token = keycloak.signInAsScript("street-coordinator").get("access_token").asText();
		assertThat(claims(token).get("street").asText()).isEqualTo("changzheng-town");

		assertThat(registry.call("POST", "/api/people", token, person("长征镇志愿者", "changzheng-town")).statusCode())
			.isEqualTo(201);
		HttpResponse<String> outside = registry.call("POST", "/api/people", token, person("桃浦镇志愿者", "taopu-town"));
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(outside.body()).contains("servedStreets");
	}

	@Test
	void registryTakesThePartnersOrganisationFromItsClientAndItsUsers() {
		String client = keycloak.clientCredentialsToken(PARTNER_CLIENT, PARTNER_SECRET);
		JsonNode claims = claims(client);
		assertThat(claims.get("org").asText()).isEqualTo(WOMENS_FEDERATION);
		assertThat(claims.get("scope").asText().split(" ")).contains("requests.read", "requests.write");

		HttpResponse<String> submitted = registry.call("POST", "/api/requests", client, request(), "Idempotency-Key",
				"keycloak-" + UUID.randomUUID());
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		assertThat(read(submitted.body()).get("organisation").asText()).isEqualTo(WOMENS_FEDERATION);

		String partnerUser = keycloak.signInAsScript("partner").get("access_token").asText();
		assertThat(claims(partnerUser).get("org").asText()).isEqualTo(WOMENS_FEDERATION);
		HttpResponse<String> list = registry.call("GET", "/api/requests", partnerUser, null);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		assertThat(list.body()).contains(read(submitted.body()).get("id").asText());
	}

	@Test
	void registryRejectsTheRealmsTokensForAnotherAudience() {
		String secret = RunningKeycloak.secret(16);
		keycloak.addClient("""
				{"clientId": "another-application", "secret": "%s", "publicClient": false,
				 "serviceAccountsEnabled": true, "standardFlowEnabled": false, "defaultClientScopes": ["basic"]}
				""".formatted(secret));
		String another = keycloak.clientCredentialsToken("another-application", secret);
		assertThat(claims(another).get("iss").asText()).isEqualTo(keycloak.issuer());
		assertThat(registry.call("GET", "/api/taxonomy/streets", another, null).statusCode()).isEqualTo(401);

		String idToken = keycloak.signInAsScript("coordinator").get("id_token").asText();
		assertThat(registry.call("GET", "/api/taxonomy/streets", idToken, null).statusCode()).isEqualTo(401);
	}

	@Test
	void indexerFollowsTheFeedWithItsClientCredentialsToken() throws InterruptedException {
		String coordinator = keycloak.signInAsScript("coordinator").get("access_token").asText();
		String name = "凯" + Long.toString(System.nanoTime(), 36).substring(0, 4);
		HttpResponse<String> registered = registry.call("POST", "/api/people", coordinator,
				person(name, "changzheng-town"));
		assertThat(registered.statusCode()).isEqualTo(201);
		String id = read(registered.body()).get("id").asText();
		assertThat(registry
			.call("POST", "/api/people/" + id + "/consents", coordinator,
					"{\"noticeVersion\": \"2026-01\", \"purposes\": [\"registry\", \"matching\", \"contact\"]}")
			.statusCode()).isEqualTo(200);

		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		String found = "";
		while (!found.contains(id) && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
			found = registry
				.call("GET", "/api/people/search?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
						coordinator, null)
				.body();
		}
		assertThat(found)
			.as("the person the coordinator registered is found once the indexer has followed the feed;"
					+ " indexer log:\n" + indexer.log())
			.contains(id);

		String admin = keycloak.signInAsScript("admin").get("access_token").asText();
		HttpResponse<String> health = indexer.call("GET", "/actuator/health", admin, null);
		assertThat(health.body()).contains("\"UP\"");
	}

	@Test
	void uiSignsAPersonInThroughKeycloakWithACodeAndPkce() {
		Browser browser = new Browser();
		URI start = Browser.redirect(browser.get(ui.uri().resolve("/")));
		URI authorize = Browser.redirect(browser.get(start));
		assertThat(authorize.toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?")
			.contains("client_id=ui", "code_challenge_method=S256");

		URI callback = Browser.redirect(browser.signInAtKeycloak(authorize, "coordinator", keycloak.demoPassword()));
		assertThat(callback.toString()).startsWith(ui.uri() + "/login/oauth2/code/carepool?");
		URI home = Browser.redirect(browser.get(callback));
		HttpResponse<String> page = browser.get(home);

		assertThat(page.statusCode()).as(ui.log()).isEqualTo(200);
		assertThat(page.body()).contains("陈静").contains(uiMessage("role.COORDINATOR"));
	}

	private static String person(String name, String street) {
		return """
				{"name": "%s", "servedStreets": ["%s"], "types": ["VOLUNTEER"],
				 "skills": [{"code": "care.visiting", "level": 3, "years": 2}], "monthlyCapacityHours": 8}
				""".formatted(name, street);
	}

	private static String request() {
		return """
				{"category": "family-support", "title": "失独家庭哀伤陪伴", "description": "两位老人需要定期陪伴。",
				 "requiredSkills": [{"code": "psy.grief", "minLevel": 3}], "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "09:30", "end": "11:30"}, "durationMinutes": 120,
				 "peopleNeeded": 1, "sensitive": false}
				""".formatted(java.time.LocalDate.now().plusWeeks(3));
	}

	private static JsonNode claims(String token) {
		return read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach((value) -> values.add(value.asText()));
		}
		else if (node != null) {
			values.add(node.asText());
		}
		return values;
	}

	private static JsonNode read(String body) {
		try {
			return json.readTree(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String uiMessage(String key) {
		Properties messages = new Properties();
		try (InputStream in = Files
			.newInputStream(Path.of("..", "ui", "src", "main", "resources", "messages.properties"))) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages.getProperty(key);
	}

	private static String freshDatabase(LocalPostgres postgres, String database) {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
				postgres.password()); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + database, ex);
		}
		String url = postgres.jdbcUrl();
		return url.substring(0, url.lastIndexOf('/') + 1) + database;
	}

}
