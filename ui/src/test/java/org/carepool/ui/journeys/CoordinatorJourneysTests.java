package org.carepool.ui.journeys;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;

import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.ui.RunningIdentityInitializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's day in a real browser against the real stack: a district coordinator
 * finds a psychologist by pinyin initials and two facets, reveals her phone with a
 * reason, takes a partner's request, staffs it from the ranked matches after asking why
 * someone else is not suggested, and logs the hours; a street coordinator sees only their
 * street. Every page is checked by axe-core, photographed at 1280 and 390 px, and
 * switched to English and back. Both journeys share one stack (identity, registry,
 * indexer, PostgreSQL, Elasticsearch), started once for the class.
 */
// Part of the default `./mvnw verify`; the tag lets a run pick them alone
// (`-Dgroups=journey`) or leave them out (`-Dsurefire.excludedGroups=benchmark,journey`).
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class CoordinatorJourneysTests {

	private static final String PSYCHOLOGIST = "欧阳静怡";

	private static final String WEAKER = "司马雨桐";

	private static final String ELSEWHERE = "东方明远";

	private static final String REQUEST_TITLE = "失独老人哀伤陪伴（旅程测试）";

	private static final String SECOND_EXPERT = "诸葛明";

	private static final String LECTURE_TITLE = "哀伤辅导专家讲座（旅程测试）";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static String psychologistId;

	private static String elsewhereId;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry properties) {
		properties.add("carepool.registry.uri", () -> Stack.shared().registry().toString());
	}

	@BeforeAll
	static void seed() {
		Stack stack = Stack.shared();
		psychologistId = register(stack, PSYCHOLOGIST, "changzheng-town", 4, true);
		register(stack, WEAKER, "changzheng-town", 1, true);
		register(stack, SECOND_EXPERT, "changzheng-town", 3, false);
		elsewhereId = register(stack, ELSEWHERE, "taopu-town", 4, false);
		LocalDate saturday = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.plusWeeks(2)
			.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		stack.call("partner", "POST", "/api/requests", """
				{"category": "family-support", "title": "%s", "description": "两位老人需要陪伴。",
				 "requiredSkills": [{"code": "psy.grief", "minLevel": 3}], "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "09:30", "end": "11:30"}, "peopleNeeded": 1}
				""".formatted(REQUEST_TITLE, saturday));
		// A lecture for an expert drawn at random, early the same day.
		stack.call("partner", "POST", "/api/requests", """
				{"category": "family-support", "title": "%s", "description": "社区讲座，需一位专家。",
				 "requiredSkills": [{"code": "psy.grief", "minLevel": 3}], "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "08:00", "end": "09:00"}, "peopleNeeded": 1}
				""".formatted(LECTURE_TITLE, saturday));
		// Open needs in both streets, for the supply–demand gap each coordinator sees.
		stack.call("partner", "POST", "/api/requests", """
				{"category": "family-support", "title": "长征镇上门探访（旅程测试）", "description": "每周探访。",
				 "requiredSkills": [{"code": "care.visiting", "minLevel": 1}], "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "14:00", "end": "15:30"}, "peopleNeeded": 2}
				""".formatted(saturday));
		stack.call("partner", "POST", "/api/requests", """
				{"category": "family-support", "title": "桃浦镇法律咨询（旅程测试）", "description": "遗产与赡养问题。",
				 "requiredSkills": [{"code": "law.family", "minLevel": 5}], "place": {"street": "taopu-town"},
				 "schedule": {"date": "%s", "start": "09:00", "end": "10:00"}, "peopleNeeded": 1}
				""".formatted(saturday));
		stack.awaitSearchable(PSYCHOLOGIST);
		stack.awaitSearchable(WEAKER);
		stack.awaitSearchable(SECOND_EXPERT);
	}

	@Test
	void aDistrictCoordinatorStaffsAPartnersRequestFromTheRankedMatches() {
		try (Browser browser = Browser.open("district")) {
			signIn(browser, "coordinator");
			browser.awaitText("今天的工作");
			// The supply–demand gap covers every street for the district.
			assertThat(browser.find("#gap").getText()).contains("长征镇", "哀伤辅导（3 级及以上）", "桃浦镇", "婚姻家庭法律咨询（5 级及以上）");
			if (browser.scripted()) {
				// The charts are drawn under the strict CSP, from the page's data
				// attributes.
				browser.find("[data-chart='stacked'] svg");
				browser.find("#hours-by-month + [data-chart='bar'] svg");
			}
			page(browser, "home", "Today's work");

			// Finds the psychologist by her initials, narrowed by two facets.
			browser.click("nav.menu a[href='/people']");
			browser.type("#q", "oyjy");
			browser.click("#search-button");
			awaitAddress(browser, "q=oyjy");
			browser.click("input[name='area'][value='psychology']");
			browser.applyWithoutScript("#search-button");
			awaitAddress(browser, "area=psychology");
			browser.click("input[name='street'][value='changzheng-town']");
			browser.applyWithoutScript("#search-button");
			awaitAddress(browser, "street=changzheng-town");
			assertThat(browser.find("#cards").getText()).contains(PSYCHOLOGIST);
			// Facet values are named, not coded.
			assertThat(browser.find(".facets").getText()).contains("心理服务").doesNotContain("psychology");
			assertThat(browser.driver().getCurrentUrl()).contains("q=oyjy");
			// Each value chosen is a chip that removes only itself.
			assertThat(browser.find("#chips").getText()).contains("心理服务", "长征镇");
			page(browser, "search", "Find people");
			browser.click("#chips a[href*='area=psychology']:not([href*='street='])");
			browser.wait(java.time.Duration.ofSeconds(20))
				.until((d) -> !d.getCurrentUrl().contains("street=") && d.getCurrentUrl().contains("area=psychology"));
			browser.awaitIdle();
			assertThat(browser.find("#cards").getText()).contains(PSYCHOLOGIST);
			assertThat(browser.find("#chips").getText()).contains("心理服务").doesNotContain("长征镇");

			// Her page: contact masked until the coordinator gives a reason.
			browser.click("#cards a[href='/people/" + psychologistId + "']");
			browser.awaitText("联系方式");
			assertThat(browser.find("#phone-masked").getText()).contains("*");
			page(browser, "person", "Contact details");
			browser.type("#reason", "联系确认上门服务时间");
			browser.click("#reveal");
			browser.awaitText("查看原因已记录");
			assertThat(browser.find("#phone").getText()).matches("1\\d{10}");
			browser.check("reveal");

			// Edits her title; the masked phone stays as it was.
			browser.click("#edit-person");
			browser.awaitText("保存修改");
			page(browser, "person-edit", "Edit profile");
			browser.type("#title", "二级心理咨询师");
			browser.click("#save-person");
			browser.awaitText("资料已保存");
			assertThat(browser.text()).contains("二级心理咨询师");
			assertThat(browser.find("#phone-masked").getText()).contains("*");

			// Takes the partner's request.
			browser.click("nav.menu a[href='/requests']");
			browser.awaitText(REQUEST_TITLE);
			page(browser, "inbox", "Requests");
			openRequest(browser);
			page(browser, "request", "Actions");
			browser.click("#accept");
			browser.awaitText("请求已受理");
			browser.click("#start-staffing");
			browser.awaitText("推荐人选");

			// The ranked matches, with explanations; why is someone else not suggested?
			WebElement first = browser.find("#candidates .candidate");
			assertThat(browser.text()).contains(PSYCHOLOGIST);
			assertThat(first.getText()).contains("技能");
			assertThat(browser.find("#candidates").getText()).doesNotContain("??")
				.doesNotContain("same-street")
				.doesNotContain("neighbouring-street");
			assertThat(first.getText()).contains("同一街镇");
			if (browser.scripted()) {
				// Chooses her from the names offered: the list closes and the answer
				// shows.
				browser.type("#whyNot", WEAKER.substring(0, 2));
				browser.click("#why-not-names [data-value='" + WEAKER + "']");
				browser.awaitText(WEAKER + " 不满足以下条件");
				assertThat(browser.find("#whyNot").getDomProperty("value")).isEqualTo(WEAKER);
				assertThat(browser.find("#why-not-names").isDisplayed()).isFalse();
				assertThat(browser.find("#whyNot").getDomAttribute("aria-expanded")).isEqualTo("false");
			}
			else {
				browser.type("#whyNot", WEAKER);
				browser.click("#ask-why-not");
				browser.awaitText(WEAKER + " 不满足以下条件");
			}
			assertThat(browser.find(".why-not-list").getText()).contains("哀伤辅导");
			page(browser, "staffing", "Ranked candidates");

			// Invites her; she accepts on her phone; the request is staffed by itself.
			for (WebElement candidate : browser.all("#candidates .candidate")) {
				if (candidate.getText().contains(PSYCHOLOGIST)) {
					candidate.findElement(org.openqa.selenium.By.cssSelector("button.invite")).click();
					break;
				}
			}
			browser.awaitText("已发出邀请");
			assertThat(browser.find("#invitations").getText()).contains(PSYCHOLOGIST).contains("已邀请");
			acceptAsThePsychologist();
			browser.driver().navigate().refresh();
			browser.awaitText("已接受");

			// The work is done; the coordinator logs her hours.
			browser.click("main a[href^='/requests/']:not([href*='staffing'])");
			browser.awaitText("已安排");
			browser.click("#start");
			browser.awaitText("服务已开始");
			browser.click("#complete");
			browser.awaitText("服务已完成");
			browser.type("input[name='hours']", "2");
			browser.click("form[action$='/hours'] button");
			browser.awaitText("服务时长已记录");
			// Logged once: the page shows them and no longer asks.
			assertThat(browser.text()).contains("2 小时");
			assertThat(browser.all("input[name='hours']")).isEmpty();
			page(browser, "hours", "History");

			// A lecture staffed by an expert draw: seed and pool shown, a redraw when the
			// one drawn is withdrawn, and a replay that reproduces the draw.
			browser.click("nav.menu a[href='/requests']");
			browser.awaitText(LECTURE_TITLE);
			openRequest(browser, LECTURE_TITLE);
			browser.click("#accept");
			browser.awaitText("请求已受理");
			browser.click("#start-staffing");
			browser.awaitText("推荐人选");
			browser.click("#mode-draw");
			browser.awaitText("还没有为此请求抽取过专家");
			browser.click("#draw-submit");
			browser.awaitText("已抽取并向抽中的专家发出邀请");
			assertThat(browser.find("#draw-seed").getText()).matches("-?\\d+");
			String drawn = browser.find("#draw-picks a").getText();
			assertThat(drawn).isNotBlank();
			page(browser, "draw", "Expert draw");
			browser.click("#invitations form[action$='/withdraw'] button");
			browser.awaitText("邀请已撤回");
			browser.click("#mode-draw");
			browser.awaitText("为" + drawn + "补抽");
			browser.click("button.redraw");
			browser.awaitText("已补抽一位专家并发出邀请");
			assertThat(browser.find("#draw-picks").getText()).contains("第 1 次补抽", "替换 " + drawn);
			browser.click("#replay-draw");
			browser.awaitText("复核一致");
			page(browser, "redraw", "Expert draw");
		}
	}

	@Test
	void aStreetCoordinatorSeesOnlyTheirStreet() {
		try (Browser browser = Browser.open("street")) {
			signIn(browser, "street-coordinator");
			browser.awaitText("今天的工作");
			// Their street's needs only.
			assertThat(browser.find("#gap").getText()).contains("长征镇", "上门探访（1 级及以上）").doesNotContain("桃浦镇");
			page(browser, "home", "Today's work");
			browser.click("nav.menu a[href='/people']");
			browser.type("#q", ELSEWHERE);
			browser.click("#search-button");
			awaitAddress(browser, "q=");
			browser.awaitText("共 ");
			assertThat(browser.find("#results").getText()).doesNotContain(ELSEWHERE);
			page(browser, "search", "Find people");
			browser.go(base() + "/people/" + elsewhereId);
			assertThat(browser.text()).doesNotContain(ELSEWHERE);
			browser.click("nav.menu a[href='/queues']");
			browser.awaitText("待核验的证书");
			assertThat(browser.text()).doesNotContain(ELSEWHERE);
			page(browser, "queues", "Queues");
			browser.click("nav.menu a[href='/requests']");
			browser.awaitText("求助请求");
			page(browser, "inbox", "Requests");
		}
	}

	/**
	 * A facet or the search button changes the results by htmx; the server pushes the
	 * address, so the address shows when the new results are on the page.
	 */
	private static void awaitAddress(Browser browser, String part) {
		browser.wait(java.time.Duration.ofSeconds(20)).until((d) -> d.getCurrentUrl().contains(part));
		browser.awaitIdle();
	}

	private void openRequest(Browser browser) {
		openRequest(browser, REQUEST_TITLE);
	}

	private void openRequest(Browser browser, String title) {
		for (WebElement link : browser.all("table a[href^='/requests/']")) {
			if (link.getText().equals(title)) {
				link.click();
				browser.awaitText("所需技能");
				return;
			}
		}
		throw new AssertionError("The partner's request is not in the inbox");
	}

	/**
	 * Checks the page, then switches it to English and back: the page stays where it is.
	 */
	private void page(Browser browser, String name, String english) {
		browser.check(name);
		java.net.URI before = java.net.URI.create(browser.driver().getCurrentUrl());
		browser.click("#language-switch");
		browser.awaitText(english);
		browser.check(name + "-en");
		java.net.URI after = java.net.URI.create(browser.driver().getCurrentUrl());
		assertThat(after.getPath()).isEqualTo(before.getPath());
		// The page keeps its query, even one htmx pushed after the page was loaded.
		assertThat(withoutLanguage(after)).isEqualTo(withoutLanguage(before));
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		browser.click("#language-switch");
		browser.wait(java.time.Duration.ofSeconds(15))
			.until((d) -> "zh-CN".equals(d.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")));
	}

	private static java.util.List<String> withoutLanguage(java.net.URI uri) {
		String query = uri.getRawQuery();
		return (query == null) ? java.util.List.of()
				: java.util.Arrays.stream(query.split("&")).filter((p) -> !p.startsWith("lang=")).sorted().toList();
	}

	private void signIn(Browser browser, String user) {
		RunningIdentity identity = RunningIdentity.shared();
		identity.allowRedirectUri("ui", base() + "/login/oauth2/code/carepool");
		browser.go(base() + "/");
		browser.type("#username", user);
		browser.type("#password", identity.demoPassword());
		browser.click("button[type='submit']");
	}

	private static void acceptAsThePsychologist() {
		Stack stack = Stack.shared();
		JsonNode invitations = stack.call("expert", "GET", "/api/people/me/invitations", null);
		for (JsonNode invitation : invitations) {
			if (invitation.path("status").asText().equals("INVITED")
					&& invitation.path("person").asText().equals(psychologistId)) {
				stack.call("expert", "POST", "/api/people/me/invitations/" + invitation.path("id").asText() + "/accept",
						null);
				return;
			}
		}
		throw new AssertionError("The psychologist has no invitation: " + invitations);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Registers an expert with grief counselling at a level, verified and active; the
	 * psychologist's record is linked to the demo {@code expert} account so she can
	 * answer her invitation.
	 */
	private static String register(Stack stack, String name, String street, int level, boolean linkExpert) {
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		JsonNode person = stack.call("coordinator", "POST", "/api/people",
				"""
						{"name": "%s", "gender": "FEMALE", "birthYear": 1980, "employer": "区精神卫生中心", "title": "心理咨询师",
						 "bio": "从事哀伤辅导多年。", "phone": "%s", "homeStreet": "%s",
						 "homeLocation": {"latitude": 31.2401, "longitude": 121.3802}, "servedStreets": ["%s"],
						 "languages": [{"code": "zh-cmn", "level": 5}, {"code": "zh-wuu", "level": 4}],
						 "skills": [{"code": "psy.grief", "level": %d, "years": 8}],
						 "availability": [{"start": %d, "end": %d}], "monthlyCapacityHours": 20, "types": ["EXPERT"],
						 "trainedForSpecialFamilies": true, "agreementSignedOn": "2026-01-01", "agreementValidUntil": "2030-12-31"}
						"""
					.formatted(name, phone, street, street, level, 5 * 1440 + 480, 5 * 1440 + 720));
		String id = person.path("id").asText();
		stack.call("coordinator", "POST", "/api/people/" + id + "/consents",
				"{\"noticeVersion\": \"2026-01\", \"purposes\": [\"registry\", \"matching\", \"contact\"]}");
		JsonNode certified = stack.call("coordinator", "POST", "/api/people/" + id + "/certifications", """
				{"type": "psychological-counsellor", "number": "2011030000%06d", "issuer": "上海市人力资源和社会保障局",
				 "issuedOn": "2015-06-01"}
				""".formatted(ThreadLocalRandom.current().nextInt(1_000_000)));
		if (!street.equals("taopu-town")) {
			stack.call("coordinator", "POST", "/api/people/" + id + "/certifications/"
					+ certified.path("certifications").get(0).path("id").asText() + "/verify", null);
		}
		stack.call("coordinator", "POST", "/api/people/" + id + "/activate", null);
		if (linkExpert && level >= 3) {
			String expert = subject(RunningIdentity.shared().userToken("expert"));
			try {
				JsonNode linked = stack.call("expert", "GET", "/api/people/me", null);
				stack.call("admin", "PUT", "/api/people/" + linked.path("id").asText() + "/account",
						"{\"subject\": null}");
			}
			catch (IllegalStateException ex) {
				// The demo expert account is linked to nobody yet.
			}
			stack.call("admin", "PUT", "/api/people/" + id + "/account", "{\"subject\": \"" + expert + "\"}");
		}
		return id;
	}

	private static String subject(String token) {
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
			return JSON.readTree(payload).path("sub").asText();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
