package org.carepool.ui.journeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.ui.RunningIdentityInitializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test: with 100,000 generated people in the registry and the index,
 * times the console's main pages through the ui (signed in as the district coordinator,
 * the registry, PostgreSQL and Elasticsearch behind it): people search with facets, a
 * person's page and a request's staffing page, p50 and p95 of the server time, and the
 * bytes each page transfers (HTML, CSS and script, compressed; charts excluded). Goals:
 * p95 ≤ 150 ms, ≤ 150 KB. Run it alone, niced:
 * {@code nice ./mvnw -pl ui -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=ScreensBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}
 * ({@code -Dbenchmark.people=…}, {@code -Dbenchmark.rounds=…} to change the size).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RunningIdentityInitializer.class)
class ScreensBenchmark {

	private static final int PEOPLE = Integer.getInteger("benchmark.people", 100_000);

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 100);

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void registry(DynamicPropertyRegistry properties) {
		System.setProperty("journeys.people", Integer.toString(PEOPLE));
		properties.add("carepool.registry.uri", () -> Stack.shared().registry().toString());
	}

	@Test
	void timesTheSearchPersonAndStaffingPagesWithAHundredThousandPeople() throws Exception {
		Stack stack = Stack.shared();
		long started = System.nanoTime();
		long indexed = stack.awaitIndexed(PEOPLE, Duration.ofMinutes(90));
		System.out.printf("%nScreens benchmark: %,d people searchable (waited %,d s for the index)%n", indexed,
				(System.nanoTime() - started) / 1_000_000_000);
		String person = stack.call("coordinator", "GET", "/api/people/search?q=%E7%8E%8B&size=1", null)
			.path("items")
			.get(0)
			.path("person")
			.path("id")
			.asText();
		String request = staffingRequest(stack);
		String session = signIn();

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("people search (q, 2 streets, 2 skills, type)",
				"/people?q=%E7%8E%8B&type=EXPERT&street=changzheng-town&street=taopu-town&skill=psy.grief"
						+ "&skill=care.visiting");
		pages.put("a person's page", "/people/" + person);
		pages.put("staffing (ranked matches)", "/requests/" + request + "/staffing");
		System.out.printf("%-46s %8s %8s %8s %10s %10s%n", "page", "p50 ms", "p95 ms", "max ms", "HTML KB", "total KB");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			URI uri = URI.create(base() + page.getValue());
			for (int i = 0; i < 10; i++) {
				get(uri, session);
			}
			List<Long> times = new ArrayList<>();
			HttpResponse<byte[]> last = null;
			for (int i = 0; i < ROUNDS; i++) {
				long start = System.nanoTime();
				last = get(uri, session);
				times.add((System.nanoTime() - start) / 1_000);
				assertThat(last.statusCode()).as(page.getKey()).isEqualTo(200);
			}
			times.sort(Long::compare);
			String html = new String(plain(last), java.nio.charset.StandardCharsets.UTF_8);
			long htmlBytes = transferred(last);
			long total = htmlBytes;
			Matcher assets = ASSET.matcher(html);
			List<String> seen = new ArrayList<>();
			while (assets.find()) {
				String asset = assets.group(1);
				if (!asset.contains("echarts") && !seen.contains(asset)) {
					seen.add(asset);
					total += transferred(get(URI.create(base() + asset), session));
				}
			}
			System.out.printf("%-46s %8.1f %8.1f %8.1f %10.1f %10.1f%n", page.getKey(), percentile(times, 50),
					percentile(times, 95), times.get(times.size() - 1) / 1000.0, htmlBytes / 1024.0, total / 1024.0);
		}
		System.out.printf("(%d rounds each after 10 to warm up; bytes as sent, gzip where the server compresses)%n%n",
				ROUNDS);
	}

	/**
	 * A partner's request for grief counselling in Changzheng, accepted and open for
	 * staffing.
	 */
	private static String staffingRequest(Stack stack) {
		LocalDate saturday = LocalDate.now(ZoneId.of("Asia/Shanghai"))
			.plusWeeks(2)
			.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		JsonNode created = stack.call("partner", "POST", "/api/requests", """
				{"category": "family-support", "title": "基准测试：哀伤陪伴", "description": "两位老人需要陪伴。",
				 "requiredSkills": [{"code": "psy.grief", "minLevel": 2}], "place": {"street": "changzheng-town"},
				 "schedule": {"date": "%s", "start": "09:30", "end": "11:30"}, "peopleNeeded": 2}
				""".formatted(saturday));
		String id = created.path("id").asText();
		stack.call("coordinator", "POST", "/api/requests/" + id + "/accept", null);
		stack.call("coordinator", "POST", "/api/requests/" + id + "/staffing", null);
		return id;
	}

	/**
	 * Signs in once in the browser, as a coordinator does, and keeps the session cookie
	 * for the timed requests.
	 */
	private String signIn() {
		try (Browser browser = Browser.open("benchmark")) {
			RunningIdentity identity = RunningIdentity.shared();
			identity.allowRedirectUri("ui", base() + "/login/oauth2/code/carepool");
			browser.go(base() + "/");
			browser.type("#username", "coordinator");
			browser.type("#password", identity.demoPassword());
			browser.click("button[type='submit']");
			browser.awaitText("今天的工作");
			Cookie cookie = browser.driver().manage().getCookieNamed("SESSION");
			assertThat(cookie).as("the ui's session cookie").isNotNull();
			return cookie.getName() + "=" + cookie.getValue();
		}
	}

	private HttpResponse<byte[]> get(URI uri, String session) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri)
			.header("Cookie", session)
			.header("Accept-Encoding", "gzip")
			.header("Accept-Language", "zh-CN")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * The bytes sent: the body as it came when the server compressed it, else what gzip
	 * would make of it.
	 */
	private static long transferred(HttpResponse<byte[]> response) throws IOException {
		if (response.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
			return response.body().length;
		}
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(response.body());
		}
		return compressed.size();
	}

	private static byte[] plain(HttpResponse<byte[]> response) throws IOException {
		if (response.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
			try (java.util.zip.GZIPInputStream gzip = new java.util.zip.GZIPInputStream(
					new java.io.ByteArrayInputStream(response.body()))) {
				return gzip.readAllBytes();
			}
		}
		return response.body();
	}

	private static double percentile(List<Long> sortedMicros, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
		return sortedMicros.get(Math.max(0, index)) / 1000.0;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
