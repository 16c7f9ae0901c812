package org.carepool.ui.apply.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.apply.Guard;
import org.carepool.ui.apply.PublicRegistry;
import org.carepool.ui.registry.RegistryProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Tests for {@link ApplyController}: the public form works without signing in, and its
 * guard refuses a filled honeypot, a form sent too fast or with a forged time, and more
 * than a few applications per address, counting each refusal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class ApplyControllerTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Guard guard;

	@MockitoBean
	PublicRegistry registry;

	@BeforeEach
	void terms() {
		given(this.registry.terms()).willReturn(
				Map.of("notice", Map.of("version", "2026-12", "zh", "隐私告知书全文第一段", "en", "Privacy notice in full"),
						"purposes", List.of("registry", "matching", "contact", "publicity"), "agreement",
						Map.of("version", "2026-12", "zh", "志愿服务协议全文", "en", "Volunteer agreement in full")));
		given(this.registry.choices()).willReturn(Map.of("streets",
				List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town")), "skills",
				List.of(Map.of("code", "care.visiting", "area", "companionship", "nameZh", "上门探访", "nameEn",
						"Home visiting"))));
	}

	@Test
	void showsTheFormWithoutSignInWithAHiddenTrapAndASignedStartTime() {
		MvcTestResult page = this.mvc.get().uri("/apply").exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("第 1 步，共 3 步", "长征镇", "上门探访", "class=\"trap\"", "name=\"website\"",
				"name=\"started\"", "type=\"tel\"", "autocomplete=\"email\"");
	}

	@Test
	void asksForWhatIsMissingOnTheFirstStep() {
		MvcTestResult page = this.mvc.post().uri("/apply/details").with(csrf()).param("type", "VOLUNTEER").exchange();
		assertThat(page).hasStatus(400);
		assertThat(body(page)).contains("error-summary", "href=\"#name\"", "请填写姓名", "href=\"#phone\"",
				"href=\"#streets\"");
	}

	@Test
	void showsTheNoticeAndAgreementInFullWithConsentPerPurpose() {
		MvcTestResult page = this.mvc.post()
			.uri("/apply/details")
			.with(csrf())
			.param("name", "林晓")
			.param("email", "lin@example.com")
			.param("streets", "changzheng-town")
			.param("slots", "TUESDAY-PM")
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(body(page)).contains("第 2 步，共 3 步", "隐私告知书全文第一段", "志愿服务协议全文", "隐私告知书（2026-12 版）",
				"id=\"purpose-registry\"", "id=\"purpose-matching\"", "id=\"purpose-contact\"",
				"id=\"purpose-publicity\"", "林晓", "长征镇");
	}

	@Test
	void sendsOnlyWhatMakesAnApplicantAndSaysWhatHappensNext() {
		MvcTestResult sent = send(patient(), "", address());
		assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/apply/done");
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
		verify(this.registry).apply(body.capture());
		assertThat(body.getValue()).containsOnlyKeys("name", "email", "type", "skills", "streets", "availability",
				"noticeVersion", "purposes", "agreementVersion", "agreementSigned");
		assertThat(body.getValue())
			.containsEntry("availability", List.of(Map.of("start", 1440 + 840, "end", 1440 + 1020)))
			.containsEntry("purposes", List.of("registry", "contact"))
			.containsEntry("noticeVersion", "2026-12")
			.containsEntry("agreementSigned", true);
		assertThat(body(this.mvc.get().uri("/apply/done").exchange())).contains("接下来会怎样", "5 个工作日", "关联账号");
	}

	@Test
	void refusesAFilledHoneypotWithoutTellingAndCountsIt() {
		long before = this.guard.refused(Guard.Refusal.HONEYPOT);
		MvcTestResult sent = send(patient(), "http://spam.example", address());
		assertThat(sent).hasStatusOk();
		assertThat(body(sent)).contains("报名已提交");
		verify(this.registry, never()).apply(any());
		assertThat(this.guard.refused(Guard.Refusal.HONEYPOT)).isEqualTo(before + 1);
	}

	@Test
	void refusesAFormSentFasterThanAnyoneReadsAndAForgedTime() {
		long fast = this.guard.refused(Guard.Refusal.TOO_FAST);
		long forged = this.guard.refused(Guard.Refusal.TOKEN);
		MvcTestResult tooFast = send(this.guard.issue(), "", address());
		assertThat(tooFast).hasStatus(400);
		assertThat(body(tooFast)).contains("提交得太快了");
		// Another time with a real token's signature: the time is not the one signed.
		String real = patient();
		long signed = Long.parseLong(real.substring(0, real.indexOf('.')));
		MvcTestResult forgedTime = send((signed - 1000) + real.substring(real.indexOf('.')), "", address());
		assertThat(forgedTime).hasStatus(400);
		assertThat(body(forgedTime)).contains("表单已过期");
		assertThat(send(this.guard.issue(Instant.now().minusSeconds(3 * 3600)), "", address())).hasStatus(400);
		verify(this.registry, never()).apply(any());
		assertThat(this.guard.refused(Guard.Refusal.TOO_FAST)).isEqualTo(fast + 1);
		assertThat(this.guard.refused(Guard.Refusal.TOKEN)).isEqualTo(forged + 2);
	}

	@Test
	void limitsApplicationsPerAddressAndCountsTheRefused() {
		long before = this.guard.refused(Guard.Refusal.RATE_LIMIT);
		String address = address();
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < 8; i++) {
			int status = send(patient(), "", address).getResponse().getStatus();
			if (status == 429) {
				refused++;
			}
			else {
				accepted++;
			}
		}
		assertThat(accepted).isEqualTo(5);
		assertThat(refused).isEqualTo(3);
		verify(this.registry, times(5)).apply(any());
		assertThat(this.guard.refused(Guard.Refusal.RATE_LIMIT)).isEqualTo(before + 3);
		// Another address is not held back.
		assertThat(send(patient(), "", address())).hasStatus3xxRedirection();
	}

	@Test
	void showsTheRegistrysRefusalNextToTheField() {
		willThrow(new RegistryProblem(400, "invalid-input", "请检查输入", null, Map.of("email", "请填写有效的电子邮箱地址"), Map.of()))
			.given(this.registry)
			.apply(any());
		MvcTestResult sent = send(patient(), "", address());
		assertThat(sent).hasStatus(400);
		assertThat(body(sent)).contains("第 1 步", "请填写有效的电子邮箱地址", "value=\"lin@example.com\"");
	}

	private MvcTestResult send(String started, String website, String address) {
		RequestPostProcessor from = (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
		return this.mvc.post()
			.uri("/apply")
			.with(csrf())
			.with(from)
			.param("started", started)
			.param("website", website)
			.param("type", "VOLUNTEER")
			.param("name", "林晓")
			.param("email", "lin@example.com")
			.param("streets", "changzheng-town")
			.param("skills", "care.visiting")
			.param("slots", "TUESDAY-PM")
			.param("purposes", "registry", "contact")
			.param("agreementSigned", "true")
			.exchange();
	}

	/** A form opened a minute ago, as a person reading it would send it. */
	private String patient() {
		return this.guard.issue(Instant.now().minusSeconds(60));
	}

	private static String address() {
		return "192.0.2." + ADDRESSES.incrementAndGet();
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
