package org.carepool.registry.person.web;

import java.util.stream.Stream;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that bad and hostile input is answered with a problem that names what is wrong,
 * never with a 500, a stack trace or an internal name (docs/architecture.md §3.6).
 */
@RegistryTest
class HostileInputTests {

	private static final String BASE = """
			{"name": "测试", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"], %s}
			""";

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("\"residentId\": \"31010719800101001\"", "residentId", "18 位"),
				Arguments.of("\"residentId\": \"310107198001010019\"", "residentId", "校验位"),
				Arguments.of("\"residentId\": \"990107198001010010\"", "residentId", "地区码"),
				Arguments.of("\"residentId\": \"310107198002300014\"", "residentId", "出生日期"),
				Arguments.of("\"residentId\": \"31010730000101001X\"", "residentId", "出生日期"),
				Arguments.of("\"phone\": \"12345678901\"", "phone", "手机"),
				Arguments.of("\"phone\": \"1380013800\"", "phone", "手机"),
				Arguments.of("\"email\": \"not-an-email\"", "email", "邮箱"),
				Arguments.of("\"homeStreet\": \"atlantis\"", "homeStreet", "分类目录"),
				Arguments.of("\"servedStreets\": [\"changzheng-town\", \"changzheng-town\"]", "servedStreets[1]", "重复"),
				Arguments.of("\"skills\": [{\"code\": \"psy.astrology\", \"level\": 3}]", "skills[0].code", "分类目录"),
				Arguments.of("\"skills\": [{\"code\": \"psy.grief\", \"level\": 6}]", "skills[0].level", ""),
				Arguments.of("\"languages\": [{\"code\": \"klingon\", \"level\": 3}]", "languages[0].code", "分类目录"),
				Arguments.of("\"availability\": [{\"start\": 10000, \"end\": 10200}]", "availability[0]", "一周"),
				Arguments.of("\"availability\": [{\"start\": 600, \"end\": 500}]", "availability[0]", "晚于"),
				Arguments.of("\"availability\": [{\"start\": 500, \"end\": 700}, {\"start\": 600, \"end\": 800}]",
						"availability", "重叠"),
				Arguments.of("\"blackouts\": [{\"from\": \"2027-01-05\", \"to\": \"2027-01-01\"}]", "blackouts[0]",
						"早于"),
				Arguments.of("\"homeLocation\": {\"latitude\": 39.9, \"longitude\": 116.4}", "homeLocation", "本区"),
				Arguments.of("\"agreementSignedOn\": \"2027-01-01\", \"agreementValidUntil\": \"2026-01-01\"",
						"agreementValidUntil", "签署"),
				Arguments.of("\"bio\": \"" + "长".repeat(2001) + "\"", "bio", ""),
				Arguments.of("\"monthlyCapacityHours\": -1", "monthlyCapacityHours", ""),
				Arguments.of("\"gender\": \"UNICORN\"", "gender", "允许"),
				Arguments.of("\"birthYear\": \"nineteen-eighty\"", "birthYear", "格式"));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("invalidFields")
	void namesTheInvalidFieldInTheCallersLanguage(String field, String path, String message) {
		MvcTestResult result = register(BASE.formatted(field), MediaType.APPLICATION_JSON);
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:validation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(path);
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains(message);
	}

	static Stream<Arguments> malformedRequests() {
		return Stream.of(Arguments.of("{\"name\": ", MediaType.APPLICATION_JSON, 400),
				Arguments.of("[1, 2, 3]", MediaType.APPLICATION_JSON, 400),
				Arguments.of("not json at all", MediaType.APPLICATION_JSON, 400),
				Arguments.of("{\"name\": \"x\"}", MediaType.TEXT_PLAIN, 415),
				Arguments.of("<person><name>x</name></person>", MediaType.APPLICATION_XML, 415),
				Arguments.of("{\"name\": \"" + "x".repeat(300_000) + "\"}", MediaType.APPLICATION_JSON, 413),
				Arguments.of("", MediaType.APPLICATION_JSON, 400));
	}

	@ParameterizedTest(name = "{1} → {2}")
	@MethodSource("malformedRequests")
	void answersMalformedRequestsWithAProblemNeverA500(String body, MediaType type, int status) throws Exception {
		MvcTestResult result = register(body, type);
		assertThat(result).hasStatus(status);
		String answer = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		assertThat(answer).doesNotContain("org.springframework", "com.fasterxml", "Exception", "at org.", "SQL");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badParameters")
	void namesTheInvalidParameter(String query, String parameter) {
		MvcTestResult result = this.mvc.get().uri("/api/people?" + query).with(Callers.COORDINATOR.any()).exchange();
		assertThat(result).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo(parameter);
	}

	static Stream<Arguments> badParameters() {
		return Stream.of(Arguments.of("status=SLEEPING", "status"), Arguments.of("limit=0", "limit"),
				Arguments.of("limit=abc", "limit"), Arguments.of("after=not-a-uuid", "after"),
				Arguments.of("minLevel=9", "minLevel"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("survivingText")
	void storesMarkupSqlEmojiAndRareCharactersVerbatim(String text) {
		String body = """
				{"name": "%s", "bio": "%s", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"]}
				""".formatted(text.replace("\\", "\\\\").replace("\"", "\\\""),
				text.replace("\\", "\\\\").replace("\"", "\\\""));
		MvcTestResult created = register(body, MediaType.APPLICATION_JSON);
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.bio").isEqualTo(text);
		String location = created.getResponse().getHeader("Location");
		assertThat(this.mvc.get().uri(location).with(Callers.COORDINATOR.any())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo(text);
	}

	static Stream<String> survivingText() {
		return Stream.of("<script>alert('x')</script>", "Robert'); DROP TABLE person;--", "吉𠮷祥 😀👨‍👩‍👧",
				"\\\"quoted\\\" \u202Eright-to-left", "% _ \\ wildcard");
	}

	private MvcTestResult register(String body, MediaType type) {
		return this.mvc.post()
			.uri("/api/people")
			.with(Callers.COORDINATOR.any())
			.contentType(type)
			.content(body)
			.exchange();
	}

}
