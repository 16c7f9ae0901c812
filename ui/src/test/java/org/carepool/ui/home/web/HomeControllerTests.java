package org.carepool.ui.home.web;

import java.util.List;

import org.carepool.ui.RunningIdentityInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for {@link HomeController}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class HomeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void greetsThePersonWithTheirRolesInChinese() {
		assertThat(this.mvc.get().uri("/").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"zh-CN\"", "您好，李华", "您的角色", "街镇计生协协调员", "STREET_COORDINATOR", "退出登录",
					">English</a>");
	}

	@Test
	void greetsThePersonInEnglishWhenAsked() {
		assertThat(this.mvc.get().uri("/").param("lang", "en").with(streetCoordinator())).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"", "Welcome, 李华", "Your roles", "Street coordinator", "STREET_COORDINATOR",
					"Sign out", ">中文</a>")
			.doesNotContain("您的角色");
	}

	@Test
	void saysSoWhenThePersonHasNoRoles() {
		assertThat(this.mvc.get()
			.uri("/")
			.with(oidcLogin().idToken((token) -> token.claim("name", "张丽").claim("roles", List.of())))).hasStatusOk()
			.bodyText()
			.contains("您好，张丽", "尚未分配角色");
	}

	private static OidcLoginRequestPostProcessor streetCoordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "李华")
			.claim("preferred_username", "street-coordinator")
			.claim("roles", List.of("STREET_COORDINATOR")));
	}

}
