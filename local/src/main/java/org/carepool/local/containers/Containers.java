package org.carepool.local.containers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.carepool.local.server.Images;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The containers of this JVM, one of each service, started on first use and removed by
 * Testcontainers when the JVM exits.
 */
public final class Containers {

	private static PostgreSQLContainer<?> postgres;

	private static GenericContainer<?> elasticsearch;

	private static GenericContainer<?> keycloak;

	private Containers() {
	}

	/**
	 * Why Testcontainers cannot reach a Docker engine.
	 * @return the reason, or empty when it can
	 */
	public static Optional<String> dockerUnavailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable() ? Optional.empty()
					: Optional.of("Testcontainers found no working Docker engine");
		}
		catch (RuntimeException ex) {
			return Optional.of("Testcontainers could not reach Docker: " + ex.getMessage());
		}
	}

	/**
	 * PostgreSQL with the {@code carepool} database.
	 * @return the running container
	 */
	public static synchronized PostgreSQLContainer<?> postgres() {
		if (postgres == null) {
			PostgreSQLContainer<?> container = new PostgreSQLContainer<>(
					DockerImageName.parse(Images.POSTGRES).asCompatibleSubstituteFor("postgres"))
				.withDatabaseName("carepool")
				.withUsername("postgres")
				.withPassword("postgres")
				.withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=200");
			container.start();
			postgres = container;
		}
		return postgres;
	}

	/**
	 * Elasticsearch with security on and the same file-realm users and roles as the
	 * distribution started without Docker.
	 * @param configuration file name in the node's configuration directory → content
	 * @param admin the basic credentials of the administrator, for the readiness check
	 * @return the running container, HTTP on port 9200
	 */
	public static synchronized GenericContainer<?> elasticsearch(Map<String, String> configuration, String[] admin) {
		if (elasticsearch == null) {
			GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(Images.ELASTICSEARCH))
				.withEnv("discovery.type", "single-node")
				.withEnv("xpack.security.enabled", "true")
				.withEnv("xpack.security.http.ssl.enabled", "false")
				.withEnv("xpack.security.transport.ssl.enabled", "false")
				.withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
				.withEnv("action.destructive_requires_name", "false")
				.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
				.withExposedPorts(9200)
				.waitingFor(Wait.forHttp("/_cluster/health?wait_for_status=yellow&timeout=1s")
					.withBasicCredentials(admin[0], admin[1])
					.forStatusCode(200)
					.withStartupTimeout(Duration.ofMinutes(3)));
			configuration.forEach((name, content) -> container.withCopyToContainer(
					Transferable.of(content.getBytes(StandardCharsets.UTF_8), 0660),
					"/usr/share/elasticsearch/config/" + name));
			container.start();
			elasticsearch = container;
		}
		return elasticsearch;
	}

	/**
	 * Keycloak in development mode with the Carepool realm (and, for developers, the demo
	 * users) imported at start.
	 * @param importFiles the realm file and any users files
	 * @param environment values for the realm's placeholders and the bootstrap
	 * administrator
	 * @return the running container, HTTP on port 8080
	 */
	public static synchronized GenericContainer<?> keycloak(Iterable<Path> importFiles,
			Map<String, String> environment) {
		if (keycloak == null) {
			GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(Images.KEYCLOAK))
				.withCommand("start-dev", "--import-realm")
				.withEnv(environment)
				.withExposedPorts(8080)
				.waitingFor(Wait.forHttp("/realms/carepool/.well-known/openid-configuration")
					.forStatusCode(200)
					.withStartupTimeout(Duration.ofMinutes(4)));
			for (Path file : importFiles) {
				container.withCopyFileToContainer(MountableFile.forHostPath(file),
						"/opt/keycloak/data/import/" + file.getFileName());
			}
			container.start();
			keycloak = container;
		}
		return keycloak;
	}

}
