package org.carepool.registry;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RegistryApplication} as a whole, on the real PostgreSQL server.
 */
@RegistryTest
class RegistryApplicationTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void migratesARealPostgresDatabaseWithTheDistrictsReferenceData() {
		assertThat(this.jdbc.queryForObject("select count(*) from street", Integer.class)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select name_zh from street where code = 'changzheng-town'", String.class))
			.isEqualTo("长征镇");
		assertThat(this.jdbc.queryForObject("select current_setting('server_version_num')::int / 10000", Integer.class))
			.isGreaterThanOrEqualTo(15);
	}

	@Test
	void reportsHealthWithoutAToken() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void refusesTheApiWithoutAToken() {
		assertThat(this.mvc.get().uri("/api/people")).hasStatus(401);
	}

}
