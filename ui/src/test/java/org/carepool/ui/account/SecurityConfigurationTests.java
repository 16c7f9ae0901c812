package org.carepool.ui.account;

import org.carepool.identity.testing.RunningIdentity;
import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.registry.RegistryClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for {@link SecurityConfiguration}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class SecurityConfigurationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ClientRegistrationRepository registrations;

	/**
	 * Not called by these tests: declared as the controllers' tests declare it, so all of
	 * them share one application context.
	 */
	@MockitoBean
	RegistryClient registry;

	@Test
	void sendsStrangersToSignInWithTheIssuer() {
		assertThat(this.mvc.get().uri("/")).hasStatus3xxRedirection()
			.hasRedirectedUrl("http://localhost/oauth2/authorization/carepool");
	}

	@Test
	void asksTheIssuerForACodeWithPkce() {
		MvcTestResult result = this.mvc.get().uri("/oauth2/authorization/carepool").exchange();

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl())
			.startsWith(RunningIdentity.shared().issuer() + "/oauth2/authorize?")
			.contains("response_type=code", "client_id=ui", "scope=openid%20profile")
			.containsPattern("code_challenge=[A-Za-z0-9_-]{43}")
			.contains("code_challenge_method=S256");
	}

	@Test
	void signsOutAtTheIssuerToo() {
		assertThat(this.mvc.post()
			.uri("/logout")
			.with(oidcLogin().clientRegistration(this.registrations.findByRegistrationId("carepool")))
			.with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith(RunningIdentity.shared().issuer() + "/connect/logout?id_token_hint=")
			.contains("post_logout_redirect_uri=http://localhost/");
	}

	@Test
	void reportsHealthToEveryone() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).asString().isEqualTo("UP"));
	}

}
