package org.carepool.registry.api;

import org.carepool.registry.RegistryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the Swagger UI, the registry's one page for browsers, may not be framed, run
 * inline scripts or leak its address.
 */
@RegistryTest
class BrowserHeadersTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void protectsTheSwaggerUi() {
		MvcTestResult page = this.mvc.get().uri("/swagger-ui/index.html").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'",
				"frame-ancestors 'none'", "script-src 'self';");
		assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
		assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void loadsTheSwaggerUiWithoutInlineScripts() throws Exception {
		String page = this.mvc.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.replaceAll("<script[^>]*src=[^>]*>\\s*</script>", "")).doesNotContain("<script");
	}

}
