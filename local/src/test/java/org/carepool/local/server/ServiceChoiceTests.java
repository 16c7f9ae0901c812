package org.carepool.local.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.carepool.local.server.ServiceChoice.Service;
import org.carepool.local.server.ServiceChoice.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ServiceChoice}: where tests get PostgreSQL, Elasticsearch and
 * Keycloak.
 */
class ServiceChoiceTests {

	private static final Supplier<Optional<String>> DOCKER_ANSWERS = Optional::empty;

	private static final Supplier<Optional<String>> NO_DOCKER = () -> Optional.of("no Docker engine answers here");

	@Test
	void prefersAServerNamedByTheEnvironmentWithoutAskingDocker() {
		AtomicInteger asked = new AtomicInteger();
		ServiceChoice choice = ServiceChoice.decide(Service.POSTGRES,
				Map.of("CAREPOOL_POSTGRES_URL", "jdbc:postgresql://db.example/carepool"), () -> {
					asked.incrementAndGet();
					return Optional.empty();
				});

		assertThat(choice.source()).isEqualTo(Source.GIVEN);
		assertThat(asked).hasValue(0);
		assertThat(choice.describe()).contains("CAREPOOL_POSTGRES_URL");
	}

	@Test
	void takesAPinnedContainerWhereDockerAnswers() {
		ServiceChoice choice = ServiceChoice.decide(Service.ELASTICSEARCH, Map.of(), DOCKER_ANSWERS);

		assertThat(choice.source()).isEqualTo(Source.CONTAINER);
		assertThat(choice.describe()).contains("docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
			.contains("a Docker engine answers");
	}

	@Test
	void startsTheDistributionWithoutDockerAndSaysWhy() {
		ServiceChoice choice = ServiceChoice.decide(Service.KEYCLOAK, Map.of(), NO_DOCKER);

		assertThat(choice.source()).isEqualTo(Source.DISTRIBUTION);
		assertThat(choice.describe()).contains("keycloak-quarkus-dist").contains("no Docker engine answers here");
	}

	@Test
	void aNamedServerWinsOverDocker() {
		assertThat(ServiceChoice
			.decide(Service.KEYCLOAK, Map.of("CAREPOOL_KEYCLOAK_URL", "http://kc.example"), DOCKER_ANSWERS)
			.source()).isEqualTo(Source.GIVEN);
		assertThat(
				ServiceChoice.decide(Service.POSTGRES, Map.of("CAREPOOL_POSTGRES_URL", " "), DOCKER_ANSWERS).source())
			.isEqualTo(Source.CONTAINER);
	}

	@Test
	void keepsOffContainersWhenToldTo() {
		AtomicInteger asked = new AtomicInteger();
		ServiceChoice choice = ServiceChoice.decide(Service.POSTGRES, Map.of("CAREPOOL_TESTCONTAINERS", "false"),
				() -> {
					asked.incrementAndGet();
					return Optional.empty();
				});

		assertThat(choice.source()).isEqualTo(Source.DISTRIBUTION);
		assertThat(choice.reason()).isEqualTo("CAREPOOL_TESTCONTAINERS=false");
		assertThat(asked).hasValue(0);
	}

	@Test
	void failsRatherThanFallBackWhenContainersAreRequired() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> ServiceChoice.decide(Service.POSTGRES, Map.of("CAREPOOL_TESTCONTAINERS", "true"), NO_DOCKER))
			.withMessageContaining("no Docker engine answers here");
		assertThat(ServiceChoice.decide(Service.POSTGRES, Map.of("CAREPOOL_TESTCONTAINERS", "true"), DOCKER_ANSWERS)
			.source()).isEqualTo(Source.CONTAINER);
	}

	@Test
	void seesNoDockerWithoutASocketOrAHost(@TempDir Path home) throws Exception {
		assertThat(DockerEngine.noSignOfDocker(Map.of("DOCKER_HOST", "tcp://docker.example:2375"), home)).isEmpty();
		Files.createDirectories(home.resolve(".docker/run"));
		Files.createFile(home.resolve(".docker/run/docker.sock"));
		assertThat(DockerEngine.noSignOfDocker(Map.of(), home)).isEmpty();
	}

	@Test
	void namesWhatItLookedForWhenThereIsNoDocker(@TempDir Path home) {
		if (Files.exists(Path.of("/var/run/docker.sock"))) {
			return;
		}
		assertThat(DockerEngine.noSignOfDocker(Map.of(), home)).hasValueSatisfying(
				(reason) -> assertThat(reason).contains("DOCKER_HOST").contains("/var/run/docker.sock"));
	}

}
