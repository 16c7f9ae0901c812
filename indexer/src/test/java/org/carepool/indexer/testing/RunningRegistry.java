package org.carepool.indexer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.awaitility.core.ConditionTimeoutException;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.local.postgres.LocalPostgres;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.ServerProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.awaitility.Awaitility.await;

/**
 * The real registry, run from its executable jar as a child process the way the local run
 * starts it, on its own fresh database of the shared PostgreSQL server; it can be stopped
 * and started again on the same port and data.
 */
public final class RunningRegistry implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RunningRegistry.class);

	/**
	 * How long a start may take at most: loading the generated people took over three
	 * minutes on a two-core machine under the load of several builds.
	 */
	private static final Duration STARTUP = Duration.ofMinutes(6);

	/** How long the registry's build may take to make its jar in a parallel build. */
	private static final Duration JAR_BUILT = Duration.ofMinutes(10);

	private static final String CANCEL_DEMO_LINKS = """
			select pg_cancel_backend(pid) from pg_stat_activity
			where datname = current_database() and state = 'active'
			  and query like 'update person set account_subject%'
			  and now() - query_start > interval '2 seconds'
			""";

	private static Path jar;

	private static RunningRegistry shared;

	private final String name;

	private final int port;

	private final Map<String, String> environment;

	private final Path logFile;

	private ServerProcess process;

	private RunningRegistry(String name, int port, Map<String, String> environment, Path logFile) {
		this.name = name;
		this.port = port;
		this.environment = environment;
		this.logFile = logFile;
	}

	/**
	 * The registry shared by the tests of this JVM: a fresh database holding
	 * {@link RegistryPeople#SYNTHETIC} generated people, so replaying its feed from the
	 * start is a backlog of that many changes.
	 * @return the running registry
	 */
	public static synchronized RunningRegistry shared() {
		if (shared == null) {
			shared = start("shared", RegistryPeople.SYNTHETIC);
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop-shared-registry"));
		}
		else if (!shared.isRunning()) {
			shared.start();
		}
		return shared;
	}

	/**
	 * Starts a registry on a fresh database.
	 * @param name names the database and the log file
	 * @param syntheticPeople how many generated people the registry loads on its first
	 * start
	 * @return the running registry
	 */
	public static RunningRegistry start(String name, int syntheticPeople) {
		// The servers the registry needs start side by side.
		CompletableFuture<LocalElasticsearch> elasticsearchStarted = inBackground(LocalElasticsearch::shared,
				"start-elasticsearch");
		CompletableFuture<RunningIdentity> identityStarted = inBackground(RunningIdentity::shared, "start-identity");
		LocalPostgres postgres = LocalPostgres.shared();
		String database = freshDatabase(postgres, "carepool_indexer_" + name);
		LocalElasticsearch elasticsearch = elasticsearchStarted.join();
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("CAREPOOL_POSTGRES_URL", database);
		environment.put("CAREPOOL_POSTGRES_USER", postgres.username());
		environment.put("CAREPOOL_POSTGRES_PASSWORD", postgres.password());
		environment.put("CAREPOOL_ELASTICSEARCH_URL", elasticsearch.uri().toString());
		environment.put("CAREPOOL_ELASTICSEARCH_REGISTRY_PASSWORD",
				elasticsearch.credentials(Account.REGISTRY).password());
		environment.put("CAREPOOL_IDENTITY_URI", identityStarted.join().issuer());
		environment.put("REGISTRY_DEMO_PEOPLE", Integer.toString(syntheticPeople));
		environment.put("REGISTRY_DEMO_SEED", "4");
		int port = FreePorts.next();
		environment.put("REGISTRY_PORT", Integer.toString(port));
		RunningRegistry registry = new RunningRegistry(name, port, environment,
				Path.of("target", "registry-" + name + ".log").toAbsolutePath());
		if (syntheticPeople > 0) {
			registry.load(postgres, database);
		}
		registry.start();
		return registry;
	}

	/**
	 * Runs a task in a thread of its own (with this thread's context class loader).
	 */
	private static <T> CompletableFuture<T> inBackground(Supplier<T> task, String name) {
		return CompletableFuture.supplyAsync(task, (runnable) -> new Thread(runnable, name).start());
	}

	/**
	 * Starts the registry again after {@link #stop()}, on the same port and database.
	 */
	public synchronized void start() {
		if (isRunning()) {
			return;
		}
		this.process = ServerProcess.startAsCurrentUser("registry " + this.name, command(), this.environment,
				this.logFile);
		this.process.awaitReady(this::isUp, STARTUP);
	}

	/**
	 * Stops the registry; its database stays.
	 */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.stop();
			this.process = null;
		}
	}

	@Override
	public void close() {
		stop();
	}

	/**
	 * Whether the registry process runs.
	 * @return {@code true} while it runs
	 */
	public synchronized boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * The registry's base URI.
	 * @return such as {@code http://localhost:41234}
	 */
	public URI uri() {
		return URI.create("http://localhost:" + this.port);
	}

	/**
	 * The newest position of the change feed.
	 * @return the horizon
	 */
	public long horizon() {
		String token = RunningIdentity.shared()
			.clientCredentialsToken("indexer", "indexer-local-secret", "registry.feed");
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri().resolve("/internal/changes?after=0&limit=1"))
					.header("Authorization", "Bearer " + token)
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
			return SearchIndex.read(response).get("horizon").asLong();
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
	 * The HTTP API, called as the demo district coordinator.
	 * @return the API
	 */
	public RegistryPeople people() {
		return new RegistryPeople(uri());
	}

	/**
	 * Lets the registry load its generated people on a first start. Its demo loader then
	 * links the demo accounts with a query that takes minutes on a freshly loaded table
	 * (no planner statistics yet); that query is cancelled, which ends the first start,
	 * and the tables are analysed so the real start is quick.
	 */
	private void load(LocalPostgres postgres, String database) {
		ServerProcess loading = ServerProcess.startAsCurrentUser("registry " + this.name + " (loading)", command(),
				this.environment, this.logFile);
		Instant deadline = Instant.now().plus(STARTUP);
		try (Connection connection = DriverManager.getConnection(database, postgres.username(), postgres.password());
				Statement statement = connection.createStatement()) {
			while (loading.isAlive() && Instant.now().isBefore(deadline)) {
				if (isUp()) {
					// The demo loader finished on its own: this start is the real one.
					statement.execute("analyze");
					this.process = loading;
					return;
				}
				if (Files.exists(this.logFile) && Files.readString(this.logFile).contains(" synthetic people (seed ")) {
					statement.execute(CANCEL_DEMO_LINKS);
				}
				Thread.sleep(500);
			}
			statement.execute("analyze");
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not load the registry " + this.name, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			if (this.process != loading) {
				loading.stop();
			}
		}
	}

	private List<String> command() {
		return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m", "-Dfile.encoding=UTF-8", "-jar",
				jar().toString(), "--server.port=" + this.port));
	}

	private boolean isUp() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri().resolve("/actuator/health")).timeout(Duration.ofSeconds(3)).build(),
						HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
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
	 * A copy of the registry's executable jar, so a concurrent build of the registry
	 * cannot swap it under a running test. In a parallel build the registry makes its jar
	 * right after compiling, while these tests may already run: they wait for it.
	 */
	private static synchronized Path jar() {
		if (jar == null) {
			Path target = Path.of("..", "registry", "target").toAbsolutePath().normalize();
			String missing = "No registry executable jar in " + target
					+ ". Build the registry first: ./mvnw -pl local,search,identity,registry,indexer verify "
					+ "(the reactor makes the registry's jar right after compiling it).";
			if (!Files.isDirectory(target)) {
				throw new IllegalStateException(missing);
			}
			if (built(target).isEmpty()) {
				log.info("Waiting for the registry's executable jar in {} (the registry is being built)", target);
			}
			Path built;
			try {
				built = await(missing).atMost(JAR_BUILT)
					.pollInterval(Duration.ofSeconds(2))
					.until(() -> built(target), Optional::isPresent)
					.orElseThrow();
			}
			catch (ConditionTimeoutException ex) {
				throw new IllegalStateException(missing, ex);
			}
			try {
				Path copy = Path.of("target", "registry-under-test.jar").toAbsolutePath();
				Files.createDirectories(copy.getParent());
				Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING);
				jar = copy;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return jar;
	}

	/**
	 * The registry's executable jar once it is complete (its zip directory, written last,
	 * can be read) and newer than every file the registry's build compiled.
	 */
	private static Optional<Path> built(Path target) {
		try (Stream<Path> files = Files.list(target)) {
			Optional<Path> found = files
				.filter((file) -> file.getFileName().toString().matches("registry-.*-exec\\.jar"))
				.findFirst();
			if (found.isEmpty()) {
				return found;
			}
			FileTime made = Files.getLastModifiedTime(found.get());
			Path classes = target.resolve("classes");
			if (Files.isDirectory(classes)) {
				try (Stream<Path> compiled = Files.walk(classes)) {
					if (compiled.anyMatch((file) -> modifiedAfter(file, made))) {
						return Optional.empty();
					}
				}
			}
			try (ZipFile zip = new ZipFile(found.get().toFile())) {
				return found;
			}
		}
		catch (IOException ex) {
			// Not there yet, or still being written.
			return Optional.empty();
		}
	}

	private static boolean modifiedAfter(Path file, FileTime time) {
		try {
			return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(time) > 0;
		}
		catch (IOException ex) {
			return true;
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

}
