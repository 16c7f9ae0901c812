package org.carepool.registry.request.web;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RequestController}'s answers to bad and hostile submissions: invalid
 * schedules, unknown codes and names in place of family references are problems naming
 * the field, never a 500.
 */
@RegistryTest
class RequestInputTests {

	private static final LocalDate NEXT_WEEK = LocalDate.now().plusDays(7);

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> invalidSubmissions() {
		String day = "\"date\": \"" + NEXT_WEEK + "\"";
		return Stream.of(
				Arguments.of("\"category\": \"astrology\"", "{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}",
						"category", "分类目录"),
				Arguments.of("\"category\": \"family-support\", \"project\": \"moon-landing\"",
						"{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}", "project", "分类目录"),
				Arguments.of(
						"\"category\": \"family-support\", \"requiredSkills\": [{\"code\": \"psy.astrology\", \"minLevel\": 2}]",
						"{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}", "requiredSkills[0].code", "分类目录"),
				Arguments.of("\"category\": \"family-support\", \"languages\": [\"klingon\"]",
						"{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}", "languages[0]", "分类目录"),
				Arguments.of("\"category\": \"family-support\"",
						"{" + day + ", \"start\": \"11:00\", \"end\": \"09:00\"}", "schedule.end", "晚于"),
				Arguments.of("\"category\": \"family-support\"",
						"{\"date\": \"2020-01-01\", \"start\": \"09:00\", \"end\": \"11:00\"}", "schedule.date", "早于"),
				Arguments.of("\"category\": \"family-support\"",
						"{" + day + ", \"day\": \"MONDAY\", \"weeks\": 4, \"start\": \"09:00\", \"end\": \"11:00\"}",
						"schedule", "一种"),
				Arguments.of("\"category\": \"family-support\"",
						"{\"day\": \"MONDAY\", \"start\": \"09:00\", \"end\": \"11:00\"}", "schedule.weeks", "必填"),
				Arguments.of("\"category\": \"family-support\"", "{\"start\": \"09:00\", \"end\": \"11:00\"}",
						"schedule", "日期"),
				Arguments.of("\"category\": \"family-support\"",
						"{\"day\": \"FUNDAY\", \"weeks\": 2, \"start\": \"09:00\", \"end\": \"11:00\"}", "schedule.day",
						"允许"),
				Arguments.of("\"category\": \"family-support\"",
						"{\"day\": \"MONDAY\", \"weeks\": 53, \"start\": \"09:00\", \"end\": \"11:00\"}",
						"schedule.weeks", ""),
				Arguments.of("\"category\": \"family-support\", \"durationMinutes\": 180",
						"{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}", "durationMinutes", "时间段"),
				Arguments.of("\"category\": \"family-support\", \"familyReference\": \"张三家\"",
						"{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}", "familyReference", "姓名"),
				Arguments.of("\"category\": \"family-support\", \"place\": {\"street\": \"atlantis\"}",
						"{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}", "place.street", "分类目录"),
				Arguments.of(
						"\"category\": \"family-support\", \"place\": {\"street\": \"taopu-town\", \"point\": {\"lat\": 39.9, \"lon\": 116.4}}",
						"{" + day + ", \"start\": \"09:00\", \"end\": \"11:00\"}", "place.point", "本区"),
				Arguments.of("\"category\": \"family-support\"",
						"{" + day + ", \"start\": \"nine o'clock\", \"end\": \"11:00\"}", "schedule.start", "格式"));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("invalidSubmissions")
	void answersAnInvalidSubmissionWithAProblemNamingTheField(String fields, String schedule, String field,
			String message) {
		String place = fields.contains("\"place\"") ? "" : ", \"place\": {\"street\": \"taopu-town\"}";
		String body = "{\"title\": \"测试需求\", " + fields + place + ", \"schedule\": " + schedule + "}";
		MvcTestResult result = this.mvc.post()
			.uri("/api/requests")
			.with(Callers.PARTNER.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:carepool:problem:validation");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[?(@.field == '" + field + "')].message")
			.asArray()
			.singleElement()
			.asString()
			.contains(message);
	}

	@Test
	void servesAWeeklyRequestForItsNumberOfWeeks() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/requests")
			.with(Callers.PARTNER.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"category": "family-health-promotion", "title": "慢病自我管理小组", "place": {"street": "taopu-town"},
					 "schedule": {"day": "WEDNESDAY", "weeks": 6, "start": "14:00", "end": "16:00"}}
					""")
			.exchange();
		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().extractingPath("$.schedule.weeks").isEqualTo(6);
		assertThat(result).bodyJson().extractingPath("$.organisation").isEqualTo(Callers.OWN_ORGANISATION);
		assertThat(result).bodyJson().extractingPath("$.durationMinutes").isEqualTo(120);
	}

	@Test
	void refusesAnIllegalTransitionNamingTheCurrentStatus() {
		MvcTestResult created = this.mvc.post()
			.uri("/api/requests")
			.with(Callers.PARTNER.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"category": "publicity-education", "title": "青春健康讲座", "place": {"street": "changzheng-town"},
					 "schedule": {"date": "%s", "start": "14:00", "end": "16:00"}}
					""".formatted(NEXT_WEEK))
			.exchange();
		String location = created.getResponse().getHeader("Location");
		assertThat(this.mvc.post().uri(location + "/complete").with(Callers.COORDINATOR.any()).exchange())
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("SUBMITTED");
		assertThat(this.mvc.post()
			.uri(location + "/reject")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"超出协会服务范围\"}")
			.exchange()).hasStatus(200).bodyJson().extractingPath("$.rejectionReason").isEqualTo("超出协会服务范围");
		assertThat(this.mvc.post()
			.uri(location + "/cancel")
			.with(Callers.PARTNER.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"不再需要\"}")
			.exchange()).hasStatus(409).bodyJson().extractingPath("$.currentStatus").isEqualTo("REJECTED");
	}

}
