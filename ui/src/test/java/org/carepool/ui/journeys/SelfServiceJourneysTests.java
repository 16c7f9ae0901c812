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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expert's own screens in a real browser against the real stack: she fills in her
 * weekly availability on the grid, adds a certificate and sees it wait for verification,
 * changes her details, reads what withdrawing her consent would do, accepts an invitation
 * for a special family and only then sees the family's reference and the meeting details
 * (which the registry's answer to her held back until then), and reports her hours, which
 * appear in her record once a coordinator has approved them. Every page is checked by
 * axe-core, photographed at 1280 and 390 px, and switched to English and back.
 */
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class SelfServiceJourneysTests {

	private static final String EXPERT = "上官雅琴";

	private static final String FAMILY = "FAM-2026-7701";

	private static final String MEETING = "周六上午九点半在长征镇居委会门口会合，社工陪同上门。";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static String expertId;

	private static String specialRequest;

	private static String completedRequest;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry properties) {
		properties.add("carepool.registry.uri", () -> Stack.shared().registry().toString());
	}

	@BeforeAll
	static void seed() {
		Stack stack = Stack.shared();
		expertId = registerAndLinkTheExpertAccount(stack);
		LocalDate saturday = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.plusWeeks(3)
			.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		specialRequest = staffing(stack, """
				{"category": "family-support", "title": "失独老人哀伤陪伴（本人旅程）", "description": "%s",
				 "requiredSkills": [{"code": "psy.grief", "minLevel": 3}], "place": {"street": "changzheng-town"},
				 "schedule": {"day": "SATURDAY", "weeks": 6, "firstDay": "%s", "start": "09:30", "end": "11:30"},
				 "peopleNeeded": 1, "sensitive": true, "familyReference": "%s"}
				""".formatted(MEETING, saturday, FAMILY));
		stack.call("coordinator", "POST", "/api/requests/" + specialRequest + "/invitations",
				"{\"person\": \"" + expertId + "\"}");
		// Work she already did: accepted, served and completed, her hours still to
		// report.
		completedRequest = staffing(stack, """
				{"category": "family-health-promotion", "title": "社区健康讲座（本人旅程）", "description": "社区活动室。",
				 "requiredSkills": [], "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "14:00", "end": "15:30"}, "peopleNeeded": 1}
				""".formatted(saturday.plusDays(1)));
		JsonNode invitation = stack.call("coordinator", "POST", "/api/requests/" + completedRequest + "/invitations",
				"{\"person\": \"" + expertId + "\"}");
		stack.call("expert", "POST", "/api/people/me/invitations/" + invitation.path("id").asText() + "/accept", null);
		stack.call("coordinator", "POST", "/api/requests/" + completedRequest + "/start", null);
		stack.call("coordinator", "POST", "/api/requests/" + completedRequest + "/complete", null);
	}

	@Test
	void anExpertKeepsHerProfileAndTakesASpecialFamilyOnlyThenSeeingItsDetails() {
		try (Browser browser = Browser.open("self")) {
			signIn(browser, "expert");
			browser.click("nav.menu a[href='/profile']");
			browser.awaitText("每周可服务时间");
			assertThat(browser.text()).contains(EXPERT);
			page(browser, "profile", "My profile");

			// Her weekly availability: Saturday 09:00–12:00 on the grid.
			browser.click("#edit-availability");
			browser.awaitText("已选");
			page(browser, "availability", "Weekly availability");
			tick(browser, 5, 18, 23);
			date(browser, "#blackout-from-0", "2027-02-01");
			date(browser, "#blackout-to-0", "2027-02-07");
			if (browser.scripted()) {
				// Monday 08:00–12:00 she had, and the six half-hours she dragged across.
				assertThat(browser.find("#grid-count").getText()).contains("14");
			}
			browser.check("availability-ticked");
			browser.click("#save-availability");
			browser.awaitText("可服务时间已保存");
			assertThat(browser.find("#week").getText()).contains("星期六\n09:00–12:00");
			assertThat(browser.find("#blackouts").getText()).contains("2027-02-01", "2027-02-07");

			// A certificate she adds waits for a coordinator.
			browser.click("#add-certificate");
			browser.awaitText("证书类型");
			page(browser, "certificate", "Add a certificate");
			new Select(browser.find("#type")).selectByValue("psychological-counsellor");
			browser.type("#number",
					"2011030000" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
			browser.type("#issuer", "上海市人力资源和社会保障局");
			browser.click("#save-certificate");
			browser.awaitText("证书已添加，等待协调员核验");
			assertThat(browser.find("#review").getText()).contains("1 份证书等待协调员核验");
			assertThat(browser.find("#certificates ~ ul.cards").getText()).contains("待核验");

			// Her details.
			browser.click("#edit-details");
			browser.awaitText("关于我");
			page(browser, "edit", "Change my details");
			assertThat(browser.find("#phone").getDomProperty("value")).matches("1\\d{10}");
			browser.type("#bio", "国家二级心理咨询师，长期陪伴失独家庭。");
			browser.click("#save-details");
			browser.awaitText("基本信息已保存");
			assertThat(browser.text()).contains("长期陪伴失独家庭");

			// What withdrawing her consent would do, before she decides; she keeps it.
			browser.click("#consent ~ ul.cards a[href*='/withdraw']");
			browser.awaitText("撤回后会发生什么");
			page(browser, "withdraw", "Before you withdraw your consent");
			browser.click("main a[href='/profile#consent']");
			browser.awaitText("我的同意");

			// The special family: only the first stage before she accepts…
			browser.click("nav.menu a[href='/work']");
			browser.awaitText("待回复的邀请");
			assertThat(browser.find("#invitations ~ ul.cards").getText()).contains("特殊家庭");
			page(browser, "work", "My work");
			browser.click("#invitations ~ ul.cards a");
			browser.awaitText("接受邀请后才会显示家庭编号和见面安排");
			assertThat(browser.text()).contains("每周六", "09:30–11:30").doesNotContain(FAMILY, MEETING);
			assertThat(browser.driver().getPageSource()).doesNotContain(FAMILY, MEETING);
			JsonNode before = invitedRequest(Stack.shared());
			assertThat(before.has("familyReference")).isFalse();
			assertThat(before.has("description")).isFalse();
			page(browser, "invitation-before", "Answer the invitation");

			// …and the family's reference and the meeting once she has.
			browser.click("#accept");
			browser.awaitText("您已接受邀请");
			assertThat(browser.find("#family-reference").getText()).isEqualTo(FAMILY);
			assertThat(browser.find("#meeting").getText()).isEqualTo(MEETING);
			assertThat(invitedRequest(Stack.shared()).path("familyReference").asText()).isEqualTo(FAMILY);
			page(browser, "invitation-after", "You have accepted this work");

			// Her hours for the work she completed, approved, in her record.
			browser.click("main a[href='/work']");
			browser.awaitText("即将进行的服务");
			assertThat(browser.find("#upcoming ~ ul.cards").getText()).contains("失独老人哀伤陪伴");
			assertThat(browser.find("#calendar").getDomAttribute("href")).isEqualTo("/work/calendar.ics");
			browser.click("#to-report ~ ul.cards a");
			browser.awaitText("报告服务时长");
			page(browser, "hours", "Report the hours you served");
			browser.type("#hours-input", "1.5");
			browser.click("#report-hours");
			browser.awaitText("服务时长已提交");
			assertThat(browser.find("#record-figures").getText()).contains("1.5");
			approveHours(Stack.shared());
			browser.driver().navigate().refresh();
			browser.awaitText("我的服务记录");
			assertThat(browser.find("#record-figures").getText()).contains("1.5");
			assertThat(browser.find("#by-category").getText()).contains("1");
			page(browser, "record", "My record");
		}
	}

	/**
	 * Ticks a day's half-hours on the grid: dragged across with the mouse where script
	 * runs, tapped one by one where it does not.
	 */
	private static void tick(Browser browser, int day, int from, int to) {
		if (browser.scripted()) {
			Actions drag = new Actions(browser.driver()).clickAndHold(cell(browser, day, from));
			for (int half = from + 1; half <= to; half++) {
				drag = drag.moveToElement(cell(browser, day, half));
			}
			drag.release().perform();
		}
		else {
			for (int half = from; half <= to; half++) {
				cell(browser, day, half).click();
			}
		}
		for (int half = from; half <= to; half++) {
			assertThat(cell(browser, day, half).isSelected()).as("cell %d-%d", day, half).isTrue();
		}
		assertThat(cell(browser, day, to + 1).isSelected()).isFalse();
	}

	/** Fills a date field the way each browser takes it. */
	private static void date(Browser browser, String css, String value) {
		if (browser.scripted()) {
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
		}
		else {
			browser.type(css, value);
		}
	}

	private static WebElement cell(Browser browser, int day, int half) {
		return browser.driver().findElement(By.id("cell-" + day + "-" + half));
	}

	private static JsonNode invitedRequest(Stack stack) {
		for (JsonNode invitation : stack.call("expert", "GET", "/api/people/me/invitations", null)) {
			if (invitation.path("request").asText().equals(specialRequest)) {
				return stack.call("expert", "GET",
						"/api/people/me/invitations/" + invitation.path("id").asText() + "/request", null);
			}
		}
		throw new AssertionError("No invitation to the special family's request");
	}

	private static void approveHours(Stack stack) {
		for (JsonNode record : stack.call("coordinator", "GET", "/api/people/" + expertId + "/service-records", null)) {
			if (record.path("request").asText().equals(completedRequest) && !record.path("approved").asBoolean()) {
				stack.call("coordinator", "POST", "/api/requests/" + completedRequest + "/service-records/"
						+ record.path("id").asText() + "/approve", null);
				return;
			}
		}
		throw new AssertionError("No hours reported for the completed request");
	}

	/**
	 * Checks the page, then switches it to English and back: the page stays where it is.
	 */
	private void page(Browser browser, String name, String english) {
		browser.check(name);
		String before = browser.driver().getCurrentUrl().replaceAll("[?&]lang=[^&#]*", "");
		browser.click("#language-switch");
		browser.awaitText(english);
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		browser.click("#language-switch");
		browser.wait(java.time.Duration.ofSeconds(15))
			.until((d) -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(browser.driver().getCurrentUrl().replaceAll("[?&]lang=[^&#]*", "")).startsWith(before.split("#")[0]);
	}

	private void signIn(Browser browser, String user) {
		RunningIdentity identity = RunningIdentity.shared();
		identity.allowRedirectUri("ui", base() + "/login/oauth2/code/carepool");
		browser.go(base() + "/");
		browser.type("#username", user);
		browser.type("#password", identity.demoPassword());
		browser.click("button[type='submit']");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/** Submits a request as a coordinator and takes it to staffing. */
	private static String staffing(Stack stack, String body) {
		String id = stack.call("coordinator", "POST", "/api/requests", body).path("id").asText();
		stack.call("coordinator", "POST", "/api/requests/" + id + "/accept", null);
		stack.call("coordinator", "POST", "/api/requests/" + id + "/staffing", null);
		return id;
	}

	/**
	 * Registers the expert, trained for special families, consenting and active, and
	 * links the demo {@code expert} account to her (taking it from whoever had it).
	 */
	private static String registerAndLinkTheExpertAccount(Stack stack) {
		String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		JsonNode person = stack.call("coordinator", "POST", "/api/people",
				"""
						{"name": "%s", "gender": "FEMALE", "birthYear": 1978, "employer": "区精神卫生中心", "title": "心理咨询师",
						 "bio": "从事哀伤辅导多年。", "phone": "%s", "homeStreet": "changzheng-town",
						 "homeLocation": {"latitude": 31.2401, "longitude": 121.3802}, "servedStreets": ["changzheng-town"],
						 "languages": [{"code": "zh-cmn", "level": 5}, {"code": "zh-wuu", "level": 4}],
						 "skills": [{"code": "psy.grief", "level": 4, "years": 8}],
						 "availability": [{"start": 480, "end": 720}], "monthlyCapacityHours": 20, "types": ["EXPERT"],
						 "trainedForSpecialFamilies": true, "agreementSignedOn": "2026-01-01", "agreementValidUntil": "2030-12-31"}
						"""
					.formatted(EXPERT, phone));
		String id = person.path("id").asText();
		stack.call("coordinator", "POST", "/api/people/" + id + "/consents",
				"{\"noticeVersion\": \"2026-01\", \"purposes\": [\"registry\", \"matching\", \"contact\"]}");
		stack.call("coordinator", "POST", "/api/people/" + id + "/activate", null);
		String subject = subject(RunningIdentity.shared().userToken("expert"));
		try {
			JsonNode linked = stack.call("expert", "GET", "/api/people/me", null);
			stack.call("admin", "PUT", "/api/people/" + linked.path("id").asText() + "/account", "{\"subject\": null}");
		}
		catch (IllegalStateException ex) {
			// The demo expert account is linked to nobody yet.
		}
		stack.call("admin", "PUT", "/api/people/" + id + "/account", "{\"subject\": \"" + subject + "\"}");
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
