package org.carepool.ui.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.local.postgres.LocalPostgres;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.ServerProcess;

/**
 * The real stack behind the ui in the browser journeys: the identity provider in this
 * JVM, and the registry and the indexer run from their executable jars (built by the
 * reactor before the ui's tests) on the shared PostgreSQL and Elasticsearch, with a few
 * hundred generated people.
 */
public final class Stack {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static Stack shared;

	private final URI registry;

	private final List<ServerProcess> processes = new ArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private Stack(URI registry) {
		this.registry = registry;
	}

	/**
	 * The stack shared by this JVM's journeys, started on first use.
	 * @return the stack
	 */
	public static synchronized Stack shared() {
		if (shared == null) {
			shared = start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-journey-stack"));
		}
		return shared;
	}

	private static Stack start() {
		LocalPostgres postgres = LocalPostgres.shared();
		LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
		RunningIdentity identity = RunningIdentity.shared();
		String database = freshDatabase(postgres, "carepool_ui_journeys");
		int registryPort = FreePorts.next();
		Stack stack = new Stack(URI.create("http://localhost:" + registryPort));
		Map<String, String> registry = new LinkedHashMap<>();
		registry.put("CAREPOOL_POSTGRES_URL", database);
		registry.put("CAREPOOL_POSTGRES_USER", postgres.username());
		registry.put("CAREPOOL_POSTGRES_PASSWORD", postgres.password());
		registry.put("CAREPOOL_ELASTICSEARCH_URL", elasticsearch.uri().toString());
		registry.put("CAREPOOL_ELASTICSEARCH_REGISTRY_PASSWORD",
				elasticsearch.credentials(Account.REGISTRY).password());
		registry.put("CAREPOOL_IDENTITY_URI", identity.issuer());
		// A few hundred for the journeys; the screens benchmark asks for 100,000.
		int people = Integer.getInteger("journeys.people", 300);
		registry.put("REGISTRY_DEMO_PEOPLE", Integer.toString(people));
		registry.put("REGISTRY_DEMO_SEED", "13");
		registry.put("REGISTRY_PORT", Integer.toString(registryPort));
		stack.processes.add(stack.run("registry", registry));
		// The indexer follows the registry's feed once it answers: both start at once.
		Map<String, String> indexer = new LinkedHashMap<>();
		int indexerPort = FreePorts.next();
		indexer.put("INDEXER_PORT", Integer.toString(indexerPort));
		indexer.put("CAREPOOL_REGISTRY_URI", stack.registry.toString());
		indexer.put("CAREPOOL_ELASTICSEARCH_URL", elasticsearch.uri().toString());
		indexer.put("CAREPOOL_ELASTICSEARCH_INDEXER_PASSWORD", elasticsearch.credentials(Account.INDEXER).password());
		indexer.put("CAREPOOL_IDENTITY_URI", identity.issuer());
		// While the registry is still starting, try again soon rather than after a long
		// backoff.
		indexer.put("INDEXER_FEED_RETRY_MAX", "2s");
		stack.processes.add(stack.run("indexer", indexer));
		stack.await(stack.registry.resolve("/actuator/health"), Duration.ofMinutes(3 + people / 2_000));
		stack.await(URI.create("http://localhost:" + indexerPort + "/actuator/health"), Duration.ofMinutes(3));
		return stack;
	}

	/**
	 * The registry's base URL.
	 * @return the URL
	 */
	public URI registry() {
		return this.registry;
	}

	/**
	 * Calls the registry as a demo account.
	 * @param user the demo account
	 * @param method the HTTP method
	 * @param path the path
	 * @param body the JSON body, or {@code null}
	 * @return the answer
	 */
	public JsonNode call(String user, String method, String path, String body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.registry.resolve(path))
				.header("Authorization", "Bearer " + RunningIdentity.shared().userToken(user))
				.header("Content-Type", "application/json")
				.header("If-Match", "*")
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
						: HttpRequest.BodyPublishers.noBody());
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(
						method + " " + path + ": " + response.statusCode() + " " + response.body());
			}
			return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until a person can be found by name in search, that is, the indexer has
	 * caught up with them.
	 * @param name the person's name
	 */
	public void awaitSearchable(String name) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			try {
				JsonNode page = call("coordinator", "GET",
						"/api/people/search?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), null);
				for (JsonNode item : page.path("items")) {
					if (name.equals(item.path("person").path("name").asText())
							&& "ACTIVE".equals(item.path("person").path("status").asText())) {
						return;
					}
				}
			}
			catch (IllegalStateException ex) {
				// Search is still starting.
			}
			sleep(500);
		}
		throw new IllegalStateException(name + " never became searchable");
	}

	/**
	 * Waits until search finds at least so many people, that is, the indexer has indexed
	 * the generated ones.
	 * @param people how many
	 * @param timeout how long at most
	 * @return how many search finds
	 */
	public long awaitIndexed(long people, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		long total = 0;
		while (Instant.now().isBefore(deadline)) {
			try {
				total = call("coordinator", "GET", "/api/people/search?size=1", null).path("total").asLong();
				if (total >= people) {
					return total;
				}
			}
			catch (IllegalStateException ex) {
				// Search is still starting.
			}
			sleep(5_000);
		}
		throw new IllegalStateException("Only " + total + " of " + people + " people indexed in " + timeout);
	}

	private ServerProcess run(String application, Map<String, String> environment) {
		Path jar = jar(application);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", jar.toString());
		return ServerProcess.startAsCurrentUser(application + " (journeys)", command, environment,
				Path.of("target", "journeys-" + application + ".log").toAbsolutePath());
	}

	private void await(URI health, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			try {
				HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(health).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(500);
		}
		throw new IllegalStateException(health + " did not answer in " + timeout);
	}

	/**
	 * A copy of an application's executable jar, so a concurrent build cannot change it
	 * under the running process.
	 */
	private static Path jar(String application) {
		Path target = Path.of("..", application, "target");
		try (Stream<Path> files = Files.list(target)) {
			Path built = files.filter((file) -> file.getFileName().toString().matches(application + "-.*-exec\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + application + " executable jar in "
						+ target.toAbsolutePath() + "; build it first (./mvnw -pl " + application + " package)"));
			Path copy = Path.of("target", application + "-for-journeys.jar").toAbsolutePath();
			Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void stop() {
		for (int i = this.processes.size() - 1; i >= 0; i--) {
			this.processes.get(i).stop();
		}
	}

}
