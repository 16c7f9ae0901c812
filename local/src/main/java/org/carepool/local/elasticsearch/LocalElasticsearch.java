package org.carepool.local.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.carepool.local.server.Distributions;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.ServerProcess;
import org.carepool.local.server.ServerUser;
import org.carepool.local.server.ServiceChoice;
import org.carepool.local.server.ServiceChoice.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchConnectionDetails.Node;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A real Elasticsearch server: the one named by {@code CAREPOOL_ELASTICSEARCH_URL}, or
 * one started from the core distribution as the server account, with security enabled and
 * a least-privileged file-realm user for each component.
 */
public final class LocalElasticsearch implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);

	private static final String CREDENTIALS_FILE = "carepool-credentials.properties";

	private static LocalElasticsearch shared;

	private final URI uri;

	private final Map<Account, Credentials> credentials;

	private final ServerProcess server;

	private final Path scratch;

	private LocalElasticsearch(URI uri, Map<Account, Credentials> credentials, ServerProcess server, Path scratch) {
		this.uri = uri;
		this.credentials = credentials;
		this.server = server;
		this.scratch = scratch;
	}

	/**
	 * The server shared by every test in this JVM, started on first use and stopped when
	 * the JVM exits. {@code CAREPOOL_ELASTICSEARCH_URL} (with
	 * {@code CAREPOOL_ELASTICSEARCH_USER} and {@code CAREPOOL_ELASTICSEARCH_PASSWORD},
	 * used for every account) names an existing server instead.
	 * @return the server
	 */
	public static synchronized LocalElasticsearch shared() {
		if (shared == null) {
			shared = switch (ServiceChoice.of(Service.ELASTICSEARCH).source()) {
				case GIVEN -> fromEnvironment(System.getenv());
				case CONTAINER -> fromContainer();
				case DISTRIBUTION -> {
					Path scratch = createScratch();
					LocalElasticsearch started = start(scratch.resolve("node"), FreePorts.next(), false, scratch);
					Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-shared-elasticsearch"));
					yield started;
				}
			};
		}
		return shared;
	}

	private static LocalElasticsearch fromContainer() {
		Map<Account, Credentials> credentials = new java.util.EnumMap<>(Account.class);
		for (Account account : Account.values()) {
			credentials.put(account, new Credentials(account.username, randomPassword(new SecureRandom())));
		}
		Credentials admin = credentials.get(Account.ADMIN);
		var container = org.carepool.local.containers.Containers.elasticsearch(fileRealm(credentials),
				new String[] { admin.username(), admin.password() });
		URI uri = URI.create("http://" + container.getHost() + ":" + container.getFirstMappedPort());
		return new LocalElasticsearch(uri, credentials, null, null);
	}

	/**
	 * Starts a server that keeps its data in a directory, for the local run.
	 * @param nodeDirectory where the node's configuration, data and logs live
	 * @param port the HTTP port on 127.0.0.1
	 * @return the running server
	 */
	public static LocalElasticsearch startDurable(Path nodeDirectory, int port) {
		return start(nodeDirectory, port, true, null);
	}

	static LocalElasticsearch fromEnvironment(Map<String, String> environment) {
		String url = environment.get("CAREPOOL_ELASTICSEARCH_URL");
		if (url == null || url.isBlank()) {
			return null;
		}
		log.info("Using the Elasticsearch server named by CAREPOOL_ELASTICSEARCH_URL: {}", url);
		Credentials given = new Credentials(environment.getOrDefault("CAREPOOL_ELASTICSEARCH_USER", ""),
				environment.getOrDefault("CAREPOOL_ELASTICSEARCH_PASSWORD", ""));
		return new LocalElasticsearch(URI.create(url),
				Map.of(Account.ADMIN, given, Account.INDEXER, given, Account.REGISTRY, given), null, null);
	}

	private static LocalElasticsearch start(Path node, int port, boolean durable, Path scratch) {
		if (FreePorts.isTaken(port)) {
			throw new IllegalStateException("Port " + port + " is already in use; choose another Elasticsearch port.");
		}
		String version = Distributions.property("elasticsearch.version");
		Path home = Distributions
			.unpack("elasticsearch-" + version,
					() -> Files.newInputStream(Path.of(Distributions.property("elasticsearch.zip"))),
					Distributions.Format.ZIP)
			.resolve("elasticsearch-" + version);
		try {
			Path config = node.resolve("config");
			Map<Account, Credentials> credentials = credentials(node);
			configure(home, config, node, port, credentials);
			ServerUser.handOver(node);
			List<String> command = List.of(home.resolve("bin/elasticsearch").toString());
			Map<String, String> environment = Map.of("ES_JAVA_HOME", System.getProperty("java.home"), "ES_PATH_CONF",
					config.toString(), "ES_JAVA_OPTS", durable ? "-Xms1g -Xmx1g" : "-Xms512m -Xmx512m");
			ServerProcess server = ServerProcess.start("Elasticsearch " + version, command, environment,
					node.resolve("elasticsearch.out"), "TERM");
			URI uri = URI.create("http://127.0.0.1:" + port);
			Credentials admin = credentials.get(Account.ADMIN);
			try {
				// Minutes, not seconds, on a two-core machine shared by several builds.
				server.awaitReady(() -> isHealthy(uri, admin), Duration.ofMinutes(6));
			}
			catch (RuntimeException ex) {
				// A server that never became ready is not left running beside the next
				// try.
				server.stop();
				throw ex;
			}
			log.info("Elasticsearch {} ready on {}", version, uri);
			return new LocalElasticsearch(uri, credentials, server, scratch);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare Elasticsearch in " + node, ex);
		}
	}

	private static void configure(Path home, Path config, Path node, int port, Map<Account, Credentials> credentials)
			throws IOException {
		if (!Files.exists(config)) {
			Files.createDirectories(config);
			try (Stream<Path> files = Files.list(home.resolve("config"))) {
				for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
					Files.copy(file, config.resolve(file.getFileName()));
				}
			}
		}
		Files.writeString(config.resolve("elasticsearch.yml"), """
				cluster.name: carepool-local
				node.name: carepool-local
				discovery.type: single-node
				network.host: 127.0.0.1
				http.port: %d
				transport.port: %d
				path.data: %s
				path.logs: %s
				xpack.security.enabled: true
				xpack.security.http.ssl.enabled: false
				xpack.security.transport.ssl.enabled: false
				xpack.security.authc.reserved_realm.enabled: false
				xpack.security.authc.realms.file.file1.order: 0
				cluster.routing.allocation.disk.threshold_enabled: false
				action.destructive_requires_name: false
				""".formatted(port, FreePorts.next(), node.resolve("data"), node.resolve("logs")),
				StandardCharsets.UTF_8);
		for (Map.Entry<String, String> file : fileRealm(credentials).entrySet()) {
			Files.writeString(config.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The file realm of a node: the roles, and a user for each account with its role.
	 * @param credentials each account's user name and password
	 * @return file name in the configuration directory → content
	 */
	private static Map<String, String> fileRealm(Map<Account, Credentials> credentials) {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		StringBuilder users = new StringBuilder();
		StringBuilder usersRoles = new StringBuilder();
		for (Account account : Account.values()) {
			Credentials given = credentials.get(account);
			users.append(given.username()).append(':').append(bcrypt.encode(given.password())).append('\n');
			usersRoles.append(account.role).append(':').append(given.username()).append('\n');
		}
		return Map.of("roles.yml", Roles.YAML, "users", users.toString(), "users_roles", usersRoles.toString());
	}

	private static String randomPassword(SecureRandom random) {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static Map<Account, Credentials> credentials(Path node) throws IOException {
		Path file = node.resolve(CREDENTIALS_FILE);
		Properties stored = new Properties();
		if (Files.exists(file)) {
			try (var in = Files.newBufferedReader(file)) {
				stored.load(in);
			}
		}
		SecureRandom random = new SecureRandom();
		Map<Account, Credentials> credentials = new java.util.EnumMap<>(Account.class);
		for (Account account : Account.values()) {
			String password = stored.getProperty(account.username);
			if (password == null) {
				password = randomPassword(random);
				stored.setProperty(account.username, password);
			}
			credentials.put(account, new Credentials(account.username, password));
		}
		Files.createDirectories(node);
		java.io.StringWriter out = new java.io.StringWriter();
		stored.store(out, "Elasticsearch file-realm passwords of this node (local use only)");
		org.carepool.local.server.SecretFiles.write(file, out.toString());
		return credentials;
	}

	private static boolean isHealthy(URI uri, Credentials admin) {
		HttpRequest request = HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
			.header("Authorization", admin.basicAuthorization())
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Path createScratch() {
		try {
			Path scratch = Files.createTempDirectory(Distributions.cache(), "elasticsearch-");
			ServerUser.handOver(scratch);
			return scratch;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create an Elasticsearch scratch directory", ex);
		}
	}

	/**
	 * The HTTP address of the server.
	 * @return the base URI, such as {@code http://127.0.0.1:9200}
	 */
	public URI uri() {
		return this.uri;
	}

	/**
	 * The credentials of one of the server's accounts.
	 * @param account the account
	 * @return its user name and password
	 */
	public Credentials credentials(Account account) {
		return this.credentials.get(account);
	}

	/**
	 * Spring Boot connection details for one of the accounts, so an application or test
	 * context talks to this server as that account.
	 * @param account the account the client acts as
	 * @return the connection details
	 */
	public ElasticsearchConnectionDetails connectionDetails(Account account) {
		Credentials given = credentials(account);
		Node node = new Node(this.uri.getHost(), this.uri.getPort(),
				"https".equals(this.uri.getScheme()) ? Node.Protocol.HTTPS : Node.Protocol.HTTP);
		return new ElasticsearchConnectionDetails() {

			@Override
			public List<Node> getNodes() {
				return List.of(node);
			}

			@Override
			public String getUsername() {
				return given.username();
			}

			@Override
			public String getPassword() {
				return given.password();
			}

		};
	}

	/**
	 * Stops the server if this JVM started it, and deletes a scratch node.
	 */
	@Override
	public void close() {
		if (this.server != null) {
			this.server.stop();
		}
		if (this.scratch != null) {
			Distributions.deleteTree(this.scratch);
		}
	}

	/**
	 * The file-realm accounts of the server, one for each component, with least
	 * privilege.
	 */
	public enum Account {

		/** Manages the cluster: only tests and the local launcher use it. */
		ADMIN("carepool-admin", "superuser"),
		/** The indexer: writes the people indices and its own state. */
		INDEXER("carepool-indexer", "carepool_indexer"),
		/** The registry: reads the people alias, nothing else. */
		REGISTRY("carepool-registry", "carepool_reader");

		private final String username;

		private final String role;

		Account(String username, String role) {
			this.username = username;
			this.role = role;
		}

	}

	/**
	 * A user name and password for HTTP basic authentication.
	 *
	 * @param username the user name
	 * @param password the password
	 */
	public record Credentials(String username, String password) {

		/**
		 * The value of an {@code Authorization} header for these credentials.
		 * @return the header value
		 */
		public String basicAuthorization() {
			return "Basic " + Base64.getEncoder()
				.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String toString() {
			return "Credentials[username=" + this.username + "]";
		}

	}

}
