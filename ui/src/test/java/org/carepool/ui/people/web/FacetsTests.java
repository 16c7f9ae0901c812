package org.carepool.ui.people.web;

import java.util.List;
import java.util.Map;

import org.carepool.ui.RunningIdentityInitializer;
import org.carepool.ui.registry.RegistryClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Tests for the people search's facets ({@link PeopleController}): several values of a
 * facet at once, as checkboxes with counts and as chips that remove one value each.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class FacetsTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RegistryClient registry;

	@BeforeEach
	void registry() {
		given(this.registry.list("/api/taxonomy/streets"))
			.willReturn(List.of(Map.of("code", "changzheng-town", "nameZh", "长征镇", "nameEn", "Changzheng Town"),
					Map.of("code", "taopu-town", "nameZh", "桃浦镇", "nameEn", "Taopu Town")));
		given(this.registry.list("/api/taxonomy/skills"))
			.willReturn(List.of(Map.of("code", "psy.grief", "nameZh", "哀伤辅导", "nameEn", "Grief counselling"),
					Map.of("code", "law.family", "nameZh", "婚姻家庭法", "nameEn", "Family law")));
		given(this.registry.get(eq("/api/people/search"), any(MultiValueMap.class)))
			.willReturn(Map.of("total", 2, "items", List.of(), "facets",
					Map.of("streets",
							List.of(facet("changzheng-town", "长征镇", 12), facet("taopu-town", "桃浦镇", 7),
									facet("ganquan-road", "甘泉路街道", 3)),
							"skills", List.of(facet("psy.grief", "哀伤辅导", 9), facet("law.family", "婚姻家庭法", 4)))));
	}

	@Test
	@SuppressWarnings("unchecked")
	void asksTheRegistryForEveryValueTickedOfEachFacet() {
		assertThat(this.mvc.get()
			.uri("/people?q=wf&street=changzheng-town&street=taopu-town&skill=psy.grief&skill=law.family"
					+ "&type=EXPERT&minLevel=3&minLevel=4")
			.with(coordinator())).hasStatusOk();

		ArgumentCaptor<MultiValueMap<String, String>> query = ArgumentCaptor.forClass(MultiValueMap.class);
		verify(this.registry).get(eq("/api/people/search"), query.capture());
		assertThat(query.getValue().get("street")).containsExactly("changzheng-town", "taopu-town");
		assertThat(query.getValue().get("skill")).containsExactly("psy.grief", "law.family");
		assertThat(query.getValue().get("type")).containsExactly("EXPERT");
		// A filter that is not a facet keeps one value.
		assertThat(query.getValue().get("minLevel")).containsExactly("3");
	}

	@Test
	void showsEachFacetAsCheckboxesWithCountsAndTheTickedOnesTicked() {
		String page = page("/people?street=changzheng-town&street=taopu-town");

		assertThat(page).contains("服务街镇", "技能", "长征镇</span> <span class=\"meta\">(12)", "甘泉路街道",
				"<span class=\"meta\">(3)</span>");
		assertThat(page).containsPattern("name=\"street\" value=\"changzheng-town\" checked")
			.containsPattern("name=\"street\" value=\"taopu-town\" checked")
			.doesNotContainPattern("name=\"street\" value=\"ganquan-road\" checked")
			.containsPattern("name=\"skill\" value=\"psy.grief\"");
	}

	@Test
	void showsAChipForEachValueChosenThatRemovesOnlyThatValue() {
		String page = page("/people?q=wf&street=changzheng-town&street=taopu-town&type=EXPERT");

		assertThat(page)
			.contains("aria-label=\"移除条件：长征镇\"", "aria-label=\"移除条件：桃浦镇\"", "aria-label=\"移除条件：专家\"", "清除全部条件")
			.contains("href=\"/people?q=wf&amp;type=EXPERT&amp;street=taopu-town\"")
			.contains("href=\"/people?q=wf&amp;type=EXPERT&amp;street=changzheng-town\"")
			.contains("href=\"/people?q=wf&amp;street=changzheng-town&amp;street=taopu-town\"");
		assertThat(page("/people?q=wf")).doesNotContain("id=\"chips\"");
		assertThat(page("/people?street=taopu-town&lang=en")).contains("aria-label=\"Remove filter: Taopu Town\"");
	}

	private String page(String uri) {
		try {
			return this.mvc.get()
				.uri(uri)
				.with(coordinator())
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> facet(String value, String label, int count) {
		return Map.of("value", value, "label", label, "count", count);
	}

	private static OidcLoginRequestPostProcessor coordinator() {
		return oidcLogin().idToken((token) -> token.claim("name", "陈静").claim("roles", List.of("COORDINATOR")));
	}

}
