package org.carepool.registry.organisation;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the organisation endpoints on the real PostgreSQL server.
 */
@RegistryTest
class OrganisationApiTests {

	private static final String UNION = """
			{"name": "普陀区总工会 ", "type": "trade-union", "street": "changshou-road", "contactName": "赵敏",
			 "contactPhone": "+86 139 1234 5678"}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void registersReadsAndChangesAnOrganisationWithAMaskedContactPhone() throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/api/organisations")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(UNION)
			.exchange();
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.contactPhone").isEqualTo("139****5678");
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("普陀区总工会");
		String location = created.getResponse().getHeader("Location");
		String etag = created.getResponse().getHeader("ETag");
		assertThat(this.mvc.put()
			.uri(location)
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(UNION)).hasStatus(428);
		assertThat(this.mvc.put()
			.uri(location)
			.with(Callers.COORDINATOR.any())
			.header("If-Match", "\"999\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(UNION)).hasStatus(412);
		assertThat(this.mvc.put()
			.uri(location)
			.with(Callers.COORDINATOR.any())
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content(UNION.replace("赵敏", "钱进"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.contactName")
			.isEqualTo("钱进");
		assertThat(this.mvc.get().uri(location).with(Callers.STREET_COORDINATOR.any())).hasStatusOk();
	}

	@Test
	void showsAPartnerOnlyItsOwnOrganisation() {
		assertThat(this.mvc.get().uri("/api/organisations").with(Callers.PARTNER.any())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly("00000000-0000-4000-8000-0000000000f1");
		assertThat(this.mvc.get()
			.uri("/api/organisations/00000000-0000-4000-8000-0000000000f2")
			.with(Callers.PARTNER.any())).hasStatus(404);
	}

	@Test
	void refusesUnknownTypesAndStreetsAndInvalidPhones() {
		assertThat(this.mvc.post()
			.uri("/api/organisations")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "x", "type": "secret-society", "street": "atlantis", "contactPhone": "12345"}
					""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("type", "street", "contactPhone");
	}

}
