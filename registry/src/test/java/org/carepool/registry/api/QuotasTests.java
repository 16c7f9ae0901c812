package org.carepool.registry.api;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Quotas}: every caller is told what is left of their quota, and a
 * partner's system that changes too much in a minute is answered {@code 429}.
 */
@RegistryTest
class QuotasTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private QuotaProperties quotas;

	@Test
	void holdsAPartnerSystemToItsWriteQuota() {
		RequestPostProcessor system = Callers.PARTNER_CLIENT.as("quota-system-" + System.nanoTime());
		int writes = this.quotas.partnerClientWritesPerMinute();
		for (int i = 0; i < writes; i++) {
			MvcTestResult result = submit(system);
			assertThat(result.getResponse().getStatus()).as("write %d", i + 1).isEqualTo(400);
			assertThat(result.getResponse().getHeader("RateLimit-Remaining"))
				.isEqualTo(Integer.toString(writes - i - 1));
		}
		MvcTestResult refused = submit(system);
		assertThat(refused).hasStatus(429);
		assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:too-many-requests");
		assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 60);
		assertThat(refused.getResponse().getHeader("RateLimit-Limit")).isEqualTo(Integer.toString(writes));
		// Reads are counted apart, with the larger client quota.
		assertThat(this.mvc.get().uri("/api/requests").with(system)).hasStatusOk();
	}

	@Test
	void tellsAPersonWhatIsLeft() {
		MvcTestResult result = this.mvc.get().uri("/api/taxonomy/streets").with(Callers.COORDINATOR.any()).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("RateLimit-Limit"))
			.isEqualTo(Integer.toString(this.quotas.userCallsPerMinute()));
		assertThat(result.getResponse().getHeader("RateLimit-Remaining"))
			.isEqualTo(Integer.toString(this.quotas.userCallsPerMinute() - 1));
	}

	private MvcTestResult submit(RequestPostProcessor system) {
		return this.mvc.post()
			.uri("/api/requests")
			.with(system)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
	}

}
