package org.carepool.registry;

import org.carepool.identity.testing.RunningIdentity;

import org.springframework.boot.SpringApplication;

/**
 * Runs the registry for development with the services the tests use: PostgreSQL and
 * Elasticsearch from pinned containers where a Docker engine answers (Spring Boot's
 * Testcontainers support, {@code @ServiceConnection} for PostgreSQL), otherwise the
 * embedded servers, and the local issuer with its demo accounts. Start it from the IDE,
 * or with {@code ./mvnw -pl registry -am spring-boot:test-run}.
 */
public final class TestRegistryApplication {

	private TestRegistryApplication() {
	}

	public static void main(String[] args) {
		System.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", RunningIdentity.shared().issuer());
		SpringApplication.from(RegistryApplication::main).with(RealServices.class).run(args);
	}

}
