package org.carepool.ui.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.ui.RunningIdentityInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recruitment and the partner portal in a real browser against the real stack: someone
 * applies on a phone without an account, a coordinator vets them, they register an
 * account at the issuer and link it with the code the registry sent them; a partner
 * writes a weekly request, saves it as a draft, submits it and follows it until it is
 * staffed, seeing only the display name of who serves. Every new page is checked by
 * axe-core and photographed at 1280 and 390 px.
 */
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class PartnerJourneysTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String WEEKLY_TITLE = "每周陪伴独居老人（门户旅程）";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry properties) {
		properties.add("carepool.registry.uri", () -> Stack.shared().registry().toString());
	}

	@Test
	void anApplicantAppliesOnAPhoneIsVettedAndLinksTheirAccount() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String name = "林晓" + suffix.replaceAll("[0-9]", "");
		String email = "lin." + suffix + "@example.com";
		try (Browser applicant = Browser.open("apply")) {
			phone(applicant);
			applicant.go(base() + "/apply");
			applicant.awaitText("第 1 步，共 3 步");
			applicant.check("apply-details");
			phone(applicant);
			// Sending the first step empty names what is missing, in a summary at the
			// top.
			applicant.click("#continue");
			applicant.awaitText("请检查以下内容");
			assertThat(applicant.find("#error-summary").getText()).contains("请填写姓名", "请至少选择一个街镇");
			applicant.check("apply-details-errors");
			phone(applicant);
			applicant.type("#name", name);
			applicant.type("#email", email);
			applicant.click("#street-changzheng-town");
			applicant.click("#skills details summary");
			applicant.click("#skill-care\\.visiting");
			applicant.click("#slot-TUESDAY-PM");
			applicant.click("#slot-SATURDAY-AM");
			applicant.click("#continue");
			applicant.awaitText("第 2 步，共 3 步");
			assertThat(applicant.find("#notice").getText()).contains("隐私告知书", "您的权利");
			assertThat(applicant.find("#agreement").getText()).contains("志愿服务协议");
			assertThat(applicant.find("#answers").getText()).contains(name, email, "长征镇", "上门探访", "2 个时段");
			applicant.check("apply-terms");
			phone(applicant);
			applicant.click("#purpose-registry");
			applicant.click("#purpose-matching");
			applicant.click("#purpose-contact");
			applicant.click("#sign");
			// A person takes longer than the guard's minimum to read the notice.
			Thread.sleep(6_000);
			applicant.click("#send");
			applicant.awaitText("报名已提交");
			assertThat(applicant.find("#next-steps").getText()).contains("5 个工作日", "关联账号");
			applicant.check("apply-done");
		}
		// The registry's message to the applicant, from the developers' page.
		assertThat(messagesTo(email)).anySatisfy((text) -> assertThat(text).contains("已收到您的报名"));

		try (Browser coordinator = Browser.open("vetting")) {
			signIn(coordinator, "coordinator", RunningIdentity.shared().demoPassword());
			coordinator.go(base() + "/queues");
			WebElement vet = coordinator.all("form button")
				.stream()
				.filter((button) -> button.getText().contains(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not in the vetting queue"));
			vet.click();
			coordinator.awaitText("已审核通过");
		}

		String username = "lin" + suffix;
		String password = "a-long-passphrase-" + suffix;
		try (Browser applicant = Browser.open("link")) {
			phone(applicant);
			RunningIdentity identity = RunningIdentity.shared();
			identity.allowRedirectUri("ui", base() + "/login/oauth2/code/carepool");
			applicant.go(identity.issuer() + "/register");
			applicant.type("#username", username);
			applicant.type("#name", name);
			applicant.type("#password", password);
			applicant.click("#register");
			applicant.awaitText("账号已注册");
			signIn(applicant, username, password);
			applicant.go(base() + "/link-account");
			applicant.awaitText("关联我的报名");
			applicant.check("link-account");
			phone(applicant);
			applicant.type("#email", email);
			applicant.click("#send-code");
			applicant.awaitText("15 分钟内有效");
			String code = messagesTo(email).stream()
				.filter((text) -> text.contains("验证码是"))
				.findFirst()
				.map((text) -> text.replaceAll("(?s).*验证码是 (\\d{6}).*", "$1"))
				.orElseThrow();
			applicant.check("link-account-code");
			phone(applicant);
			applicant.type("#code", code);
			applicant.click("#confirm-code");
			applicant.awaitText("账号已关联");
			applicant.check("link-account-done");
		}
	}

	@Test
	void aPartnerSubmitsAWeeklyRequestAndFollowsItToStaffed() {
		Stack stack = Stack.shared();
		LocalDate tuesday = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.plusWeeks(3)
			.with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		String requestId;
		try (Browser partner = Browser.open("portal")) {
			signIn(partner, "partner", RunningIdentity.shared().demoPassword());
			partner.click("nav.menu a[href='/portal']");
			partner.awaitText("我单位的求助");
			partner.check("portal-overview");
			partner.click("#new-request");
			partner.awaitText("需要哪一类帮助");
			partner.check("portal-form");
			partner.click("#category-family-support");
			partner.type("#title", WEEKLY_TITLE);
			partner.type("#description", "周二下午陪伴聊天，帮忙读报。");
			partner.click("#skills details summary");
			partner.click("#skill-care\\.visiting");
			partner.click("#when-weekly");
			new Select(partner.find("#street")).selectByValue("changzheng-town");
			new Select(partner.find("#day")).selectByValue("TUESDAY");
			partner.type("#weeks", "6");
			set(partner, "#firstDay", tuesday.toString());
			set(partner, "#start", "14:00");
			set(partner, "#end", "16:00");
			partner.type("#peopleNeeded", "1");
			partner.click("#avoidOwnOrganisation");
			partner.click("#save-draft");
			partner.awaitText("草稿已保存");
			partner.check("portal-draft");
			partner.click("#submit");
			partner.awaitText("求助已提交");
			assertThat(partner.find("#timeline").getText()).contains("待受理");
			requestId = partner.driver().getCurrentUrl().replaceAll(".*/portal/requests/", "").replaceAll("[?#].*", "");
			assertThat(partner.text()).contains("每周二，共 6 周", "14:00–16:00", "还没有安排人员");
			partner.check("portal-request");

			// The association accepts it and a volunteer takes it on.
			stack.call("coordinator", "POST", "/api/requests/" + requestId + "/accept", null);
			stack.call("coordinator", "POST", "/api/requests/" + requestId + "/staffing", null);
			JsonNode volunteer = stack.call("volunteer", "GET", "/api/people/me", null);
			JsonNode invitation = stack.call("coordinator", "POST", "/api/requests/" + requestId + "/invitations",
					"{\"person\": \"" + volunteer.path("id").asText() + "\"}");
			stack.call("volunteer", "POST", "/api/people/me/invitations/" + invitation.path("id").asText() + "/accept",
					null);

			partner.go(base() + "/portal/requests/" + requestId);
			partner.awaitText("人员已安排好");
			assertThat(partner.find("#timeline").getText()).contains("待受理", "已受理", "安排中", "已安排");
			assertThat(partner.find("#serving").getText()).contains(volunteer.path("name").asText(), "请通过区计生协联系");
			// Of the person, the partner sees the display name and the approved route
			// only.
			assertThat(partner.driver().getPageSource()).doesNotContain("/people/" + volunteer.path("id").asText());
			partner.check("portal-request-staffed");
			partner.click("#cancel");
			partner.awaitText("取消后不能恢复");
			partner.check("portal-cancel");
			partner.go(base() + "/portal");
			partner.awaitText(WEEKLY_TITLE);
			partner.check("portal-overview-after");
		}
	}

	/** Sets a date or time field as the browser's picker would. */
	private static void set(Browser browser, String css, String value) {
		if (browser.scripted()) {
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
		}
		else {
			browser.type(css, value);
		}
	}

	private static void phone(Browser browser) {
		browser.driver().manage().window().setSize(new Dimension(390, 844));
	}

	private static java.util.List<String> messagesTo(String email) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(Stack.shared().registry() + "/dev/notifications")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (JsonNode sent : JSON.readTree(answer.body())) {
			if (sent.path("message").path("to").asText().equalsIgnoreCase(email)) {
				texts.add(sent.path("message").path("text").asText());
			}
		}
		return texts;
	}

	private void signIn(Browser browser, String user, String password) {
		RunningIdentity identity = RunningIdentity.shared();
		identity.allowRedirectUri("ui", base() + "/login/oauth2/code/carepool");
		browser.go(base() + "/");
		browser.type("#username", user);
		browser.type("#password", password);
		browser.click("button[type='submit']");
		browser.awaitText("退出登录");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
