package org.carepool.local.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.local.postgres.LocalPostgres;
import org.carepool.local.server.Distributions;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.SecretFiles;
import org.carepool.local.server.ServerProcess;
import org.carepool.local.server.ServerUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole system locally: PostgreSQL, Elasticsearch, identity, registry, indexer
 * and ui, each with embedded defaults, until Ctrl-C.
 */
public final class LocalRun {

	private static final Logger log = LoggerFactory.getLogger(LocalRun.class);

	private static final List<String> APPLICATIONS = List.of("identity", "registry", "indexer", "ui");

	private final LocalRunOptions options;

	private final List<AutoCloseable> started = new ArrayList<>();

	LocalRun(LocalRunOptions options) {
		this.options = options;
	}

	public static void main(String[] args) {
		LocalRunOptions options;
		try {
			options = LocalRunOptions.parse(args, Path.of("").toAbsolutePath());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		LocalRun run = new LocalRun(options);
		Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "stop-local-run"));
		try {
			run.start();
		}
		catch (RuntimeException ex) {
			log.error("The local run could not start: {}", ex.getMessage());
			System.exit(1);
		}
		awaitCtrlC();
	}

	private void start() {
		Path data = this.options.dataDirectory();
		if (this.options.reset()) {
			log.info("--reset: deleting {}", data);
			Distributions.deleteTree(data);
			serverData().ifPresent(Distributions::deleteTree);
		}
		Map<String, Path> jars = applicationJars();
		checkPortsAreFree(jars);
		Path servers = serverData().orElse(data);
		CompletableFuture<LocalElasticsearch> elasticsearch = CompletableFuture.supplyAsync(() -> LocalElasticsearch
			.startDurable(servers.resolve("elasticsearch"), this.options.port("elasticsearch")));
		LocalPostgres postgres = LocalPostgres.startDurable(servers.resolve("postgres"), this.options.port("postgres"));
		this.started.add(postgres);
		LocalElasticsearch search = elasticsearch.join();
		this.started.add(search);
		String demoPassword = secret(data.resolve("identity/demo-password"));
		Map<String, String> environment = environment(postgres, search, demoPassword);
		List<String> running = new ArrayList<>();
		for (String application : APPLICATIONS) {
			Path jar = jars.get(application);
			if (jar == null) {
				continue;
			}
			ServerProcess process = ServerProcess.startAsCurrentUser(application, command(application, jar),
					environment, data.resolve("logs/" + application + ".log"));
			this.started.add(process::stop);
			URI health = URI.create("http://localhost:" + this.options.port(application) + "/actuator/health");
			process.awaitReady(() -> isUp(health), Duration.ofMinutes(3));
			running.add(application);
		}
		printSummary(running, demoPassword);
	}

	List<String> command(String application, Path jar) {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", jar.toString(),
				"--server.port=" + this.options.port(application), "--server.address=" + this.options.address()));
		if (application.equals("identity")) {
			command.add("--carepool.identity.signing-key="
					+ this.options.dataDirectory().resolve("identity/signing-key.pem"));
		}
		return command;
	}

	private Map<String, String> environment(LocalPostgres postgres, LocalElasticsearch search, String demoPassword) {
		String identity = "http://localhost:" + this.options.port("identity");
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("CAREPOOL_POSTGRES_URL", postgres.jdbcUrl());
		environment.put("CAREPOOL_POSTGRES_USER", postgres.username());
		environment.put("CAREPOOL_POSTGRES_PASSWORD", postgres.password());
		// The ui keeps its sessions in a database of its own on the same server.
		environment.put("CAREPOOL_UI_POSTGRES_URL", postgres.database("carepool_ui"));
		environment.put("CAREPOOL_UI_POSTGRES_USER", postgres.username());
		environment.put("CAREPOOL_UI_POSTGRES_PASSWORD", postgres.password());
		environment.put("CAREPOOL_ELASTICSEARCH_URL", search.uri().toString());
		environment.put("CAREPOOL_IDENTITY_URI", identity);
		environment.put("CAREPOOL_REGISTRY_URI", "http://localhost:" + this.options.port("registry"));
		environment.put("IDENTITY_DEMO_PASSWORD", demoPassword);
		environment.put("REGISTRY_DEMO_PEOPLE", "2000");
		environment.put("CAREPOOL_UI_REDIRECT_URI",
				"http://localhost:" + this.options.port("ui") + "/login/oauth2/code/carepool");
		// Each application reads Elasticsearch as its own least-privileged account.
		environment.put("CAREPOOL_ELASTICSEARCH_REGISTRY_PASSWORD", search.credentials(Account.REGISTRY).password());
		environment.put("CAREPOOL_ELASTICSEARCH_INDEXER_PASSWORD", search.credentials(Account.INDEXER).password());
		return environment;
	}

	private Map<String, Path> applicationJars() {
		Map<String, Path> jars = new LinkedHashMap<>();
		for (String application : APPLICATIONS) {
			Path target = this.options.projectDirectory().resolve(application).resolve("target");
			if (!Files.isDirectory(target)) {
				continue;
			}
			try (Stream<Path> files = Files.list(target)) {
				files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
					.findFirst()
					.ifPresent((jar) -> jars.put(application, jar));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (jars.isEmpty()) {
			throw new IllegalStateException("No application jars under " + this.options.projectDirectory()
					+ "; build first with ./mvnw -DskipTests package (./run-local does this).");
		}
		return jars;
	}

	private void checkPortsAreFree(Map<String, Path> jars) {
		List<String> taken = new ArrayList<>();
		this.options.ports().forEach((service, port) -> {
			boolean used = jars.containsKey(service) || service.equals("postgres") || service.equals("elasticsearch");
			if (used && FreePorts.isTaken(port)) {
				taken.add(service + " (" + port + ")");
			}
		});
		if (!taken.isEmpty()) {
			throw new IllegalStateException("Ports already in use: " + String.join(", ", taken)
					+ ". Stop what uses them or choose others, e.g. --ui-port=18080.");
		}
	}

	/**
	 * Where the servers keep their data when the data directory is out of reach of the
	 * server account (as root, a checkout under /root cannot be entered by 'nobody').
	 */
	private Optional<Path> serverData() {
		Path data = this.options.dataDirectory();
		if (!ServerUser.isRoot() || reachableByOthers(data)) {
			return Optional.empty();
		}
		String name = Integer.toHexString(data.toString().hashCode());
		return Optional.of(Path.of("/var/tmp", "carepool-local-" + name));
	}

	private static boolean reachableByOthers(Path directory) {
		for (Path path = directory.getParent(); path != null; path = path.getParent()) {
			try {
				if (Files.exists(path)
						&& !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_EXECUTE)) {
					return false;
				}
			}
			catch (IOException ex) {
				return false;
			}
		}
		return true;
	}

	private static String secret(Path file) {
		try {
			if (Files.exists(file)) {
				SecretFiles.restrict(file);
				return Files.readString(file, StandardCharsets.UTF_8).trim();
			}
			byte[] bytes = new byte[6];
			new SecureRandom().nextBytes(bytes);
			String secret = "demo-" + HexFormat.of().formatHex(bytes);
			SecretFiles.write(file, secret);
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the demo password in " + file, ex);
		}
	}

	private static boolean isUp(URI health) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).build(),
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

	private void printSummary(List<String> running, String demoPassword) {
		StringBuilder summary = new StringBuilder(
				"\n\n  Carepool 关爱人才库 is running locally. Ctrl-C stops everything.\n\n");
		Map<String, String> what = Map.of("ui", "web application (start here)", "registry",
				"registry API (OpenAPI: /v3/api-docs)", "indexer", "indexer", "identity", "identity provider (OIDC)");
		for (String application : running) {
			summary.append(String.format("  %-10s http://localhost:%d   %s%n", application,
					this.options.port(application), what.get(application)));
		}
		summary.append(String.format("  %-10s jdbc:postgresql://127.0.0.1:%d/%s (user postgres)%n", "postgres",
				this.options.port("postgres"), LocalPostgres.DATABASE));
		summary.append(String.format("  %-10s http://127.0.0.1:%d (users in %s)%n", "search",
				this.options.port("elasticsearch"), "elasticsearch/carepool-credentials.properties"));
		if (running.contains("identity")) {
			summary.append("\n  Demo accounts (local only), all with the password ").append(demoPassword).append(":\n");
			summary.append("""
					    coordinator          区计生协 district coordinator
					    street-coordinator   长征镇 street coordinator
					    expert               expert
					    volunteer            volunteer
					    partner              区妇联 partner user
					    admin                administrator
					""");
		}
		summary.append("\n  Data: ")
			.append(this.options.dataDirectory())
			.append("  (./run-local --reset starts afresh)\n");
		System.out.println(summary);
	}

	private void stop() {
		List<AutoCloseable> reverse = new ArrayList<>(this.started);
		java.util.Collections.reverse(reverse);
		for (AutoCloseable service : reverse) {
			try {
				service.close();
			}
			catch (Exception ex) {
				log.warn("Could not stop a service cleanly: {}", ex.getMessage());
			}
		}
		this.started.clear();
	}

	private static void awaitCtrlC() {
		try {
			new CountDownLatch(1).await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
