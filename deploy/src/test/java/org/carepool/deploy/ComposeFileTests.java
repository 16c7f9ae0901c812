package org.carepool.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.local.elasticsearch.Roles;
import org.carepool.local.server.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the top-level {@code compose.yaml}: pinned images, health checks and start
 * order, named volumes, limits, secrets only from {@code .env}, and environment variables
 * that the applications really read — so the file cannot drift from the code.
 */
class ComposeFileTests {

	private static final Logger log = LoggerFactory.getLogger(ComposeFileTests.class);

	private static final Path TOP = Path.of("..").toAbsolutePath().normalize();

	private static final List<String> APPLICATIONS = List.of("registry", "indexer", "ui");

	/** A tag that names a release: 17.6, 8.19.21, 26.5.6, 17.0.15_6-jre-noble. */
	private static final Pattern PINNED = Pattern.compile(".+:(\\d+\\.\\d+[0-9A-Za-z._-]*)$|.+@sha256:[0-9a-f]{64}$");

	/** A variable compose fills in; {@code $$} escapes one for the container's shell. */
	private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[?-])?([^}]*)}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

	/** The settings a deployment must give: where things are and the secrets. */
	private static final Pattern REQUIRED = Pattern.compile(".*_(URL|URI|USER|PASSWORD|SECRET|KEY)");

	private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|_KEY|_KEY_.*)");

	private final Map<String, Object> compose = yaml(TOP.resolve("compose.yaml"));

	@Test
	void pinsEveryImageToARelease() {
		services().forEach((name, service) -> {
			String image = (String) service.get("image");
			assertThat(image).as("image of " + name).isNotNull().matches(PINNED).doesNotEndWith(":latest");
		});
		assertThat(image("postgres")).isEqualTo(Images.POSTGRES);
		assertThat(image("elasticsearch")).isEqualTo(Images.ELASTICSEARCH);
		assertThat(image("elasticsearch-setup")).isEqualTo(Images.ELASTICSEARCH);
		assertThat(image("keycloak")).isEqualTo(Images.KEYCLOAK);
	}

	@Test
	void buildsTheApplicationsFromTheirModulesAsThisVersion() throws IOException {
		String version = System.getProperty("carepool.project.version");
		for (String application : APPLICATIONS) {
			Map<String, Object> service = services().get(application);
			assertThat(service.get("build")).as(application + " builds from its module").isEqualTo("./" + application);
			assertThat(image(application)).isEqualTo("carepool/" + application + ":" + version);
			List<String> from = Files.readAllLines(TOP.resolve(application).resolve("Dockerfile"))
				.stream()
				.filter((line) -> line.startsWith("FROM "))
				.toList();
			assertThat(from).isNotEmpty()
				.allSatisfy(
						(line) -> assertThat(line.split("\\s+")[1]).as(application + "/Dockerfile").matches(PINNED));
			assertThat(Files.readString(TOP.resolve(application).resolve("Dockerfile")))
				.contains("COPY target/" + application + "-*-exec.jar")
				.contains("USER carepool");
		}
	}

	@Test
	void checksTheHealthOfEveryServiceAndStartsEachAfterWhatItNeeds() {
		services().forEach((name, service) -> {
			Map<String, Object> health = map(service.get("healthcheck"));
			assertThat(health).as("health check of " + name).containsKey("test");
			assertThat(String.valueOf(health.get("test"))).as("health check of " + name).isNotBlank();
			Object dependencies = service.getOrDefault("depends_on", Map.of());
			assertThat(dependencies).as(name + " names a condition for each service it waits for")
				.isInstanceOf(Map.class);
			map(dependencies).forEach((needed, how) -> {
				assertThat(services()).as(name + " depends on " + needed).containsKey(needed);
				assertThat(map(how).get("condition")).as(name + " waits for " + needed)
					.isIn("service_healthy", "service_completed_successfully");
			});
		});
		assertThat(dependencies("registry")).containsKeys("postgres", "elasticsearch", "keycloak");
		assertThat(dependencies("indexer")).containsKeys("registry", "elasticsearch", "keycloak");
		assertThat(dependencies("ui")).containsKeys("postgres", "keycloak");
		assertThat(dependencies("keycloak")).containsKeys("postgres");
		assertThat(dependencies("elasticsearch")).containsKeys("elasticsearch-setup");
	}

	@Test
	void keepsDataInNamedVolumesAndMountsOnlyFilesThatExist() {
		Set<String> declared = map(this.compose.get("volumes")).keySet();
		services().forEach((name, service) -> {
			for (Object mount : list(service.get("volumes"))) {
				String source = String.valueOf(mount).split(":")[0];
				if (source.startsWith("./") || source.startsWith("/")) {
					assertThat(TOP.resolve(source)).as("file mounted into " + name).exists();
				}
				else {
					assertThat(declared).as("volume of " + name).contains(source);
				}
			}
		});
		assertThat(list(services().get("postgres").get("volumes"))).contains("postgres-data:/var/lib/postgresql/data");
		assertThat(list(services().get("elasticsearch").get("volumes")))
			.contains("elasticsearch-data:/usr/share/elasticsearch/data");
	}

	@Test
	void limitsWhatEachServiceMayUse() {
		services().forEach((name, service) -> {
			Map<String, Object> limits = map(map(map(service.get("deploy")).get("resources")).get("limits"));
			assertThat(limits).as("limits of " + name).containsKeys("cpus", "memory");
		});
	}

	@Test
	void takesEverySecretFromTheEnvFileWithoutADefault() throws IOException {
		String text = Files.readString(TOP.resolve("compose.yaml"));
		Map<String, String> example = envFile(TOP.resolve(".env.example"));
		Set<String> used = new TreeSet<>();
		Matcher variables = VARIABLE.matcher(text);
		while (variables.find()) {
			String name = variables.group(1);
			used.add(name);
			if (SECRET.matcher(name).matches()) {
				assertThat(variables.group(2)).as(name + " must be given, never defaulted").isEqualTo(":?");
			}
		}
		Set<String> listed = new TreeSet<>(example.keySet());
		listed.removeIf((name) -> name.startsWith("COMPOSE_"));
		assertThat(listed).as(".env.example lists exactly the variables compose.yaml uses")
			.containsExactlyInAnyOrderElementsOf(used);
		example.forEach((name, value) -> {
			if (SECRET.matcher(name).matches() && !name.endsWith("ACTIVE_KEY")) {
				assertThat(value).as(name + " in .env.example").isEmpty();
			}
		});
		assertThat(Files.readString(TOP.resolve(".gitignore"))).containsPattern("(?m)^\\.env$");
	}

	@Test
	void setsOnlyVariablesTheApplicationsRead() throws IOException {
		for (String application : APPLICATIONS) {
			Set<String> read = readVariables(application);
			Set<String> mapPrefixes = mapPrefixes(application);
			for (String variable : environment(application).keySet()) {
				boolean known = read.contains(variable)
						|| mapPrefixes.stream().anyMatch((prefix) -> variable.startsWith(prefix));
				assertThat(known).as(application + " reads " + variable).isTrue();
			}
		}
	}

	@Test
	void knowsWhichVariablesAnApplicationReads() throws IOException {
		assertThat(readVariables("registry"))
			.contains("CAREPOOL_POSTGRES_URL", "REGISTRY_PRIVACY_ACTIVE_KEY", "SPRING_PROFILES_ACTIVE",
					"SPRING_ELASTICSEARCH_RESTCLIENT_SSL_BUNDLE", "REGISTRY_SEARCH_TIMEOUT")
			.doesNotContain("CAREPOOL_POSTGRES_URI", "CAREPOOL_UI_CLIENT_SECRET", "INDEXER_FEED_RETRYMAX");
		assertThat(readVariables("ui")).contains("CAREPOOL_UI_POSTGRES_URL", "CAREPOOL_UI_CLIENT_SECRET")
			.doesNotContain("CAREPOOL_POSTGRES_URL");
		assertThat(mapPrefixes("registry")).contains("REGISTRY_PRIVACY_KEYS_", "SPRING_SSL_BUNDLE_PEM_");
		assertThat(environmentForm("spring.elasticsearch.restclient.ssl.bundle"))
			.isEqualTo("SPRING_ELASTICSEARCH_RESTCLIENT_SSL_BUNDLE");
		assertThat(environmentForm("registry.documents.dated-refresh-cron"))
			.isEqualTo("REGISTRY_DOCUMENTS_DATEDREFRESHCRON");
	}

	@Test
	void givesEveryApplicationTheSettingsItRequires() throws IOException {
		for (String application : APPLICATIONS) {
			Map<String, String> environment = environment(application);
			for (String placeholder : placeholders(application)) {
				if (REQUIRED.matcher(placeholder).matches()) {
					assertThat(environment).as(application + " requires " + placeholder).containsKey(placeholder);
				}
			}
			assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(application + " runs a production profile")
				.isNotBlank()
				.doesNotContain("local");
			if (environment.getOrDefault("CAREPOOL_ELASTICSEARCH_URL", "").startsWith("https:")) {
				String bundle = environment.get("SPRING_ELASTICSEARCH_RESTCLIENT_SSL_BUNDLE");
				assertThat(bundle).as(application + " trusts Elasticsearch's certificate").isNotBlank();
				assertThat(environment).containsKey(
						"SPRING_SSL_BUNDLE_PEM_" + bundle.toUpperCase(Locale.ROOT) + "_TRUSTSTORE_CERTIFICATE");
			}
		}
		String activeKey = envFile(TOP.resolve(".env.example")).get("REGISTRY_PRIVACY_ACTIVE_KEY");
		assertThat(environment("registry")).as("the registry is given the key new values are sealed with")
			.containsKey("REGISTRY_PRIVACY_KEYS_" + activeKey.toUpperCase(Locale.ROOT));
	}

	@Test
	void givesKeycloakEveryValueTheRealmNeeds() throws IOException {
		Matcher placeholders = PLACEHOLDER
			.matcher(Files.readString(TOP.resolve("deploy/keycloak/carepool-realm.json")));
		Set<String> needed = new TreeSet<>();
		while (placeholders.find()) {
			needed.add(placeholders.group(1));
		}
		assertThat(needed).contains("CAREPOOL_UI_CLIENT_SECRET", "CAREPOOL_INDEXER_CLIENT_SECRET");
		assertThat(environment("keycloak")).containsKeys(needed.toArray(String[]::new));
		assertThat(environment("keycloak").get("CAREPOOL_UI_CLIENT_SECRET"))
			.isEqualTo(environment("ui").get("CAREPOOL_UI_CLIENT_SECRET"));
		assertThat(environment("keycloak").get("CAREPOOL_INDEXER_CLIENT_SECRET"))
			.isEqualTo(environment("indexer").get("CAREPOOL_INDEXER_CLIENT_SECRET"));
		assertThat(String.valueOf(services().get("keycloak").get("command"))).contains("--import-realm");
		assertThat(list(services().get("keycloak").get("volumes")))
			.contains("./deploy/keycloak/carepool-realm.json:/opt/keycloak/data/import/carepool-realm.json:ro");
	}

	@Test
	void givesElasticsearchTheLeastPrivilegesTheTestsUse() throws IOException {
		Object deployed = new Yaml().load(Files.readString(TOP.resolve("deploy/elasticsearch/roles.yml")));
		assertThat(deployed).isEqualTo(new Yaml().load(Roles.YAML));
		Map<String, String> elasticsearch = environment("elasticsearch");
		assertThat(elasticsearch).containsEntry("xpack.security.enabled", "true")
			.containsEntry("xpack.security.http.ssl.enabled", "true")
			.containsEntry("xpack.security.transport.ssl.enabled", "true");
		String setup = Files.readString(TOP.resolve("deploy/elasticsearch/setup.sh"));
		assertThat(setup).contains("user carepool-registry carepool_reader", "user carepool-indexer carepool_indexer");
		assertThat(environment("registry")).containsEntry("CAREPOOL_ELASTICSEARCH_REGISTRY_USER", "carepool-registry");
		assertThat(environment("indexer")).containsEntry("CAREPOOL_ELASTICSEARCH_INDEXER_USER", "carepool-indexer");
	}

	@Test
	void passesDockerComposesOwnCheckWhereItIsInstalled(@TempDir Path scratch) throws Exception {
		List<String> tool = composeTool();
		if (tool.isEmpty()) {
			log.warn("Neither 'docker compose' nor 'docker-compose' is installed: compose.yaml is checked by this "
					+ "test's parser only (.ci/run installs Debian's docker-compose)");
			return;
		}
		Map<String, String> example = envFile(TOP.resolve(".env.example"));
		StringBuilder filled = new StringBuilder();
		example.forEach((name, value) -> filled.append(name)
			.append('=')
			.append(value.isEmpty() ? "test-" + name.toLowerCase(Locale.ROOT) : value)
			.append('\n'));
		Path complete = Files.writeString(scratch.resolve("complete.env"), filled);
		Run valid = run(tool, complete);
		assertThat(valid.exitCode()).as(String.join(" ", tool) + " config:\n" + valid.output()).isZero();

		Path asShipped = Files.writeString(scratch.resolve("example.env"),
				Files.readString(TOP.resolve(".env.example")));
		Run refused = run(tool, asShipped);
		assertThat(refused.exitCode()).as("compose refuses to start with the example's empty secrets").isNotZero();
		assertThat(refused.output()).contains("POSTGRES_PASSWORD");
	}

	private Map<String, Map<String, Object>> services() {
		Map<String, Map<String, Object>> services = new LinkedHashMap<>();
		map(this.compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
		return services;
	}

	private String image(String service) {
		return (String) services().get(service).get("image");
	}

	private Map<String, Object> dependencies(String service) {
		return map(services().get(service).get("depends_on"));
	}

	private Map<String, String> environment(String service) {
		Map<String, String> environment = new LinkedHashMap<>();
		map(services().get(service).get("environment"))
			.forEach((name, value) -> environment.put(name, String.valueOf(value)));
		return environment;
	}

	/**
	 * The variables an application reads: the placeholders of its configuration files and
	 * the environment form of every setting Spring Boot or the application declares.
	 */
	private static Set<String> readVariables(String application) throws IOException {
		Set<String> read = new TreeSet<>(placeholders(application));
		for (JsonNode metadata : metadata(application)) {
			for (JsonNode property : metadata.path("properties")) {
				read.add(environmentForm(property.get("name").asText()));
			}
		}
		return read;
	}

	/** Prefixes of map-valued settings, whose keys are part of the variable's name. */
	private static Set<String> mapPrefixes(String application) throws IOException {
		Set<String> prefixes = new TreeSet<>();
		for (JsonNode metadata : metadata(application)) {
			for (JsonNode property : metadata.path("properties")) {
				if (property.path("type").asText().startsWith("java.util.Map<")) {
					prefixes.add(environmentForm(property.get("name").asText()) + "_");
				}
			}
		}
		return prefixes;
	}

	private static List<JsonNode> metadata(String application) throws IOException {
		ObjectMapper json = new ObjectMapper();
		List<JsonNode> metadata = new ArrayList<>();
		Path own = TOP.resolve(application).resolve("target/classes/META-INF/spring-configuration-metadata.json");
		if (Files.exists(own)) {
			metadata.add(json.readTree(own.toFile()));
		}
		for (String name : List.of("META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json")) {
			Enumeration<URL> resources = ComposeFileTests.class.getClassLoader().getResources(name);
			for (URL url : Collections.list(resources)) {
				if (ofAnotherApplication(url)) {
					continue;
				}
				try (InputStream in = url.openStream()) {
					metadata.add(json.readTree(in));
				}
			}
		}
		return metadata;
	}

	/**
	 * Whether metadata on this test's class path belongs to one of the applications (each
	 * is judged by its own only).
	 */
	private static boolean ofAnotherApplication(URL url) {
		String location = url.toString();
		return APPLICATIONS.stream()
			.anyMatch((application) -> location.contains("/" + application + "/target/")
					|| location.contains("/org/carepool/" + application + "/"));
	}

	private static Set<String> placeholders(String application) throws IOException {
		Set<String> placeholders = new LinkedHashSet<>();
		Path resources = TOP.resolve(application).resolve("src/main/resources");
		try (Stream<Path> files = Files.list(resources)) {
			for (Path file : (Iterable<Path>) files
				.filter((path) -> path.getFileName().toString().matches("application.*\\.ya?ml"))::iterator) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String content = line.strip().startsWith("#") ? "" : line;
					Matcher matcher = PLACEHOLDER.matcher(content);
					while (matcher.find()) {
						placeholders.add(matcher.group(1));
					}
				}
			}
		}
		return placeholders;
	}

	static String environmentForm(String property) {
		return property.toUpperCase(Locale.ROOT).replace("-", "").replace('.', '_').replace("[", "_").replace("]", "");
	}

	private static Map<String, String> envFile(Path file) throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
		}
		return values;
	}

	private static List<String> composeTool() {
		for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
			try {
				Process process = new ProcessBuilder(concat(candidate, "version")).redirectErrorStream(true).start();
				process.getInputStream().readAllBytes();
				if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
					return candidate;
				}
			}
			catch (IOException ex) {
				// Not installed.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return List.of();
	}

	private static Run run(List<String> tool, Path envFile) throws IOException, InterruptedException {
		List<String> command = concat(tool, "--project-directory", TOP.toString(), "--env-file", envFile.toString(),
				"-f", TOP.resolve("compose.yaml").toString(), "config", "-q");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(TOP.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("CAREPOOL_") || name.startsWith("POSTGRES_"));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(command + " did not finish");
		}
		return new Run(process.exitValue(), output);
	}

	private static List<String> concat(List<String> head, String... tail) {
		List<String> all = new ArrayList<>(head);
		all.addAll(List.of(tail));
		return all;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	private static List<Object> list(Object value) {
		return (value instanceof List<?> list) ? new ArrayList<>(list) : List.of();
	}

	private static Map<String, Object> yaml(Path file) {
		try {
			return new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Run(int exitCode, String output) {
	}

}
