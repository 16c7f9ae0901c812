package org.carepool.local.containers;

import org.testcontainers.containers.PostgreSQLContainer;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The PostgreSQL container as a bean, connected through Spring Boot's
 * {@code @ServiceConnection}; the container is shared by every context of the JVM, so
 * closing a context does not stop it.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresContainerConnection {

	@Bean(destroyMethod = "")
	@ServiceConnection
	PostgreSQLContainer<?> carepoolPostgres() {
		return Containers.postgres();
	}

}
