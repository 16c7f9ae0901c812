package org.carepool.local.postgres;

import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points a Spring Boot test context at the {@linkplain LocalPostgres#shared() shared}
 * PostgreSQL server; import it once in a module's test set-up.
 */
@Configuration(proxyBeanMethods = false)
public class LocalPostgresConnection {

	@Bean
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
