package org.carepool.local.postgres;

import org.carepool.local.server.ServiceChoice;
import org.carepool.local.server.ServiceChoice.Service;

import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DeferredImportSelector;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Points a Spring Boot test context at the {@linkplain LocalPostgres#shared() shared}
 * PostgreSQL server; import it once in a module's test set-up. Where containers were
 * chosen, the container is a bean with {@code @ServiceConnection}; otherwise connection
 * details name the server given or started.
 */
@Configuration(proxyBeanMethods = false)
@Import(LocalPostgresConnection.Chosen.class)
public class LocalPostgresConnection {

	/**
	 * Imports the container configuration only where containers were chosen, so that
	 * Testcontainers need not be on the class path otherwise.
	 */
	static class Chosen implements DeferredImportSelector {

		@Override
		public String[] selectImports(AnnotationMetadata metadata) {
			boolean containers = ServiceChoice.of(Service.POSTGRES).source() == ServiceChoice.Source.CONTAINER;
			return new String[] { containers ? "org.carepool.local.containers.PostgresContainerConnection"
					: ServerConnection.class.getName() };
		}

	}

	/**
	 * Connection details of the server named by the environment or started from the
	 * embedded binaries; the server starts when a data source first needs it.
	 */
	@Configuration(proxyBeanMethods = false)
	static class ServerConnection {

		@Bean
		@Lazy
		JdbcConnectionDetails localPostgresConnectionDetails() {
			LocalPostgres postgres = LocalPostgres.shared();
			return new JdbcConnectionDetails() {

				@Override
				public String getUsername() {
					return postgres.username();
				}

				@Override
				public String getPassword() {
					return postgres.password();
				}

				@Override
				public String getJdbcUrl() {
					return postgres.jdbcUrl();
				}

			};
		}

	}

}
