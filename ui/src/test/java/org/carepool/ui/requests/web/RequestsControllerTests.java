package org.carepool.ui.requests.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.registry.Answer;
import org.carepool.ui.registry.RegistryClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for {@link RequestsController}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class RequestsControllerTests {

	private static final UUID REQUEST = UUID.fromString("00000000-0000-4000-8000-0000000000a1");

	private static final UUID SERVED = UUID.fromString("00000000-0000-4000-8000-0000000000b1");

	private static final UUID NOT_YET = UUID.fromString("00000000-0000-4000-8000-0000000000b2");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@Test
	void showsTheHoursLoggedInsteadOfAskingForThemAgain() throws Exception {
		completedRequest();
		given(this.registry.list("/api/people/{person}/service-records", SERVED.toString())).willReturn(List.of(
				Map.of("id", UUID.randomUUID().toString(), "request", UUID.randomUUID().toString(), "hours", 5,
						"approved", true),
				Map.of("id", UUID.randomUUID().toString(), "request", REQUEST.toString(), "hours", 2, "approved",
						true)));
		given(this.registry.list("/api/people/{person}/service-records", NOT_YET.toString())).willReturn(List.of());

		String page = this.mvc.get()
			.uri("/requests/" + REQUEST)
			.with(coordinator())
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(page).contains("2 小时", "已确认").doesNotContain("5 小时");
		// The form stays for the one whose hours are still to be logged, and only for
		// her.
		assertThat(page.split("name=\"hours\"", -1)).hasSize(2);
		assertThat(page).contains("id=\"hours-" + NOT_YET + "\"").doesNotContain("id=\"hours-" + SERVED + "\"");
		// A completed request has nothing left to do: no empty actions heading.
		assertThat(page).doesNotContain(">处理</h2>");
	}

	@Test
	void showsTheRequestsDayAsPeopleReadItInEitherLanguage() {
		completedRequest();

		assertThat(this.mvc.get().uri("/requests/" + REQUEST).with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("2027年3月13日（星期六）")
			.doesNotContain(">2027-03-13<");
		assertThat(this.mvc.get().uri("/requests/" + REQUEST + "?lang=en").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("13 March 2027 (Saturday)");
	}

	@Test
	void offersWhyNotNamesAsAListToChooseFrom() {
		given(this.registry.list("/api/people/suggest?q={q}", "sm")).willReturn(List
			.of(Map.of("id", NOT_YET.toString(), "name", "司马雨桐"), Map.of("id", SERVED.toString(), "name", "司马光")));

		assertThat(this.mvc.get().uri("/people/suggest?as=names&whyNot=sm").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("role=\"listbox\"", "role=\"option\"", "data-value=\"司马雨桐\"", "data-value=\"司马光\"")
			.doesNotContain("hidden");
		// Nothing found: the list is there, closed, for the next answer to fill.
		assertThat(this.mvc.get().uri("/people/suggest?as=names&whyNot=zzz").with(coordinator())).hasStatusOk()
			.bodyText()
			.contains("id=\"why-not-names\"", "hidden")
			.doesNotContain("role=\"option\"");
	}

	private void completedRequest() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("id", REQUEST.toString());
		request.put("title", "上门探访");
		request.put("status", "COMPLETED");
		request.put("category", "family-support");
		request.put("requiredSkills", List.of());
		request.put("place", Map.of("street", "changzheng-town"));
		request.put("schedule", Map.of("date", "2027-03-13", "start", "09:30:00", "end", "11:30:00"));
		request.put("peopleNeeded", 2);
		request.put("sensitive", false);
		request.put("transitions", List.of());
		given(this.registry.get("/api/requests/{id}", REQUEST)).willReturn(new Answer<>(request, "\"3\""));
		given(this.registry.list("/api/requests/{id}/invitations", REQUEST)).willReturn(List.of(
				Map.of("id", UUID.randomUUID().toString(), "person", SERVED.toString(), "personName", "欧阳静怡", "status",
						"ACCEPTED"),
				Map.of("id", UUID.randomUUID().toString(), "person", NOT_YET.toString(), "personName", "司马雨桐", "status",
						"ACCEPTED")));
	}

	private static OidcLoginRequestPostProcessor coordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")));
	}

}
