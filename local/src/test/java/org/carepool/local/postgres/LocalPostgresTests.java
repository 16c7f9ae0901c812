package org.carepool.local.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LocalPostgres}.
 */
class LocalPostgresTests {

	@Test
	void answersQueriesOnARealPostgres17Server() throws Exception {
		LocalPostgres postgres = LocalPostgres.shared();
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
				postgres.password()); Statement statement = connection.createStatement()) {
			ResultSet version = statement.executeQuery("select current_setting('server_version_num')::int");
			assertThat(version.next()).isTrue();
			int expectedMajor = System.getenv("CAREPOOL_POSTGRES_URL") == null ? 17 : version.getInt(1) / 10000;
			assertThat(version.getInt(1) / 10000).isEqualTo(expectedMajor);
			statement.execute("create temporary table probe (name text)");
			statement.execute("insert into probe values ('陈静 𠮷')");
			ResultSet names = statement.executeQuery("select name from probe");
			assertThat(names.next()).isTrue();
			assertThat(names.getString(1)).isEqualTo("陈静 𠮷");
		}
	}

	@Test
	void createsAnotherDatabaseOnceOnTheSameServer() throws Exception {
		LocalPostgres postgres = LocalPostgres.shared();
		String url = postgres.database("carepool_sessions_probe");
		assertThat(postgres.database("carepool_sessions_probe")).isEqualTo(url).endsWith("/carepool_sessions_probe");
		try (Connection connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
				Statement statement = connection.createStatement()) {
			ResultSet name = statement.executeQuery("select current_database()");
			assertThat(name.next()).isTrue();
			assertThat(name.getString(1)).isEqualTo("carepool_sessions_probe");
		}
	}

	@Test
	void isTheSameServerForEveryCaller() {
		assertThat(LocalPostgres.shared()).isSameAs(LocalPostgres.shared());
	}

	@Test
	void prefersAServerNamedByTheEnvironment() {
		LocalPostgres named = LocalPostgres.fromEnvironment(Map.of("CAREPOOL_POSTGRES_URL",
				"jdbc:postgresql://db.example:5432/carepool", "CAREPOOL_POSTGRES_USER", "carepool"));
		assertThat(named.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5432/carepool");
		assertThat(named.username()).isEqualTo("carepool");
		assertThat(LocalPostgres.fromEnvironment(Map.of())).isNull();
	}

}
