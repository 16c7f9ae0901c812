package org.carepool.local.server;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the tests of this JVM get a service from — the one place that decides it: a
 * server named by the environment wins; otherwise a container where a Docker engine
 * answers; otherwise the server started from its distribution on Maven Central. Each
 * choice is made once per JVM and printed with its reason.
 *
 * @param service the service
 * @param source where it comes from
 * @param reason why, in words for the log
 */
public record ServiceChoice(Service service, Source source, String reason) {

	/**
	 * {@code false} keeps the tests off containers even where Docker answers;
	 * {@code true} requires them (a test run fails rather than fall back).
	 */
	public static final String TESTCONTAINERS = "CAREPOOL_TESTCONTAINERS";

	private static final Logger log = LoggerFactory.getLogger(ServiceChoice.class);

	private static final Set<String> OFF = Set.of("false", "off", "no", "0");

	private static final Set<String> REQUIRED = Set.of("true", "on", "yes", "1");

	private static final Map<Service, ServiceChoice> made = new EnumMap<>(Service.class);

	/**
	 * The choice for a service in this JVM, made on first use from the environment and
	 * the Docker engine, and printed.
	 * @param service the service
	 * @return the choice
	 */
	public static synchronized ServiceChoice of(Service service) {
		return made.computeIfAbsent(service, (wanted) -> {
			ServiceChoice choice = decide(wanted, System.getenv(), DockerEngine::unavailable);
			log.info("Test services: {}", choice.describe());
			return choice;
		});
	}

	/**
	 * Decides where a service comes from.
	 * @param service the service
	 * @param environment the environment variables
	 * @param dockerUnavailable why no Docker engine can be used, or empty when one
	 * answers; asked only when the environment names no server
	 * @return the choice
	 * @throws IllegalStateException when containers are required but Docker does not
	 * answer
	 */
	public static ServiceChoice decide(Service service, Map<String, String> environment,
			Supplier<Optional<String>> dockerUnavailable) {
		String given = environment.get(service.variable());
		if (given != null && !given.isBlank()) {
			return new ServiceChoice(service, Source.GIVEN, service.variable() + " names it");
		}
		String containers = environment.getOrDefault(TESTCONTAINERS, "").trim().toLowerCase(Locale.ROOT);
		if (OFF.contains(containers)) {
			return new ServiceChoice(service, Source.DISTRIBUTION, TESTCONTAINERS + "=" + containers);
		}
		Optional<String> unavailable = dockerUnavailable.get();
		if (unavailable.isEmpty()) {
			return new ServiceChoice(service, Source.CONTAINER, "a Docker engine answers");
		}
		if (REQUIRED.contains(containers)) {
			throw new IllegalStateException(TESTCONTAINERS + "=" + containers + " asks for containers, but "
					+ unavailable.get() + ". Start Docker, or unset " + TESTCONTAINERS + ".");
		}
		return new ServiceChoice(service, Source.DISTRIBUTION, unavailable.get());
	}

	/**
	 * One line that says what was chosen and why.
	 * @return the description
	 */
	public String describe() {
		String what = switch (this.source) {
			case GIVEN -> "the server named by " + this.service.variable();
			case CONTAINER -> "a container of " + this.service.image();
			case DISTRIBUTION -> this.service.distribution();
		};
		return this.service.title() + " from " + what + " (" + this.reason + ")";
	}

	/**
	 * Where a service comes from, in the order the choice tries them.
	 */
	public enum Source {

		/** A running server named by the environment. */
		GIVEN,
		/** A container from a pinned image, where a Docker engine answers. */
		CONTAINER,
		/** The server started from its distribution on Maven Central. */
		DISTRIBUTION

	}

	/**
	 * The services tests use, the variable that names a running one, and the pinned image
	 * and distribution they otherwise come from.
	 */
	public enum Service {

		/** The system of record. */
		POSTGRES("PostgreSQL", "CAREPOOL_POSTGRES_URL", Images.POSTGRES,
				"the embedded PostgreSQL 17 binaries (io.zonky.test.postgres)"),
		/** The search index. */
		ELASTICSEARCH("Elasticsearch", "CAREPOOL_ELASTICSEARCH_URL", Images.ELASTICSEARCH,
				"the Elasticsearch 8.19 distribution (integ-test-zip)"),
		/** The production identity provider. */
		KEYCLOAK("Keycloak", "CAREPOOL_KEYCLOAK_URL", Images.KEYCLOAK,
				"the Keycloak 26.5 distribution (keycloak-quarkus-dist) on a JDK 21 or newer");

		private final String title;

		private final String variable;

		private final String image;

		private final String distribution;

		Service(String title, String variable, String image, String distribution) {
			this.title = title;
			this.variable = variable;
			this.image = image;
			this.distribution = distribution;
		}

		/**
		 * The service's name.
		 * @return such as {@code PostgreSQL}
		 */
		public String title() {
			return this.title;
		}

		/**
		 * The environment variable that names a running server.
		 * @return such as {@code CAREPOOL_POSTGRES_URL}
		 */
		public String variable() {
			return this.variable;
		}

		/**
		 * The pinned container image.
		 * @return the image with its tag
		 */
		public String image() {
			return this.image;
		}

		/**
		 * The distribution started when there is neither a named server nor Docker.
		 * @return its description
		 */
		public String distribution() {
			return this.distribution;
		}

	}

}
