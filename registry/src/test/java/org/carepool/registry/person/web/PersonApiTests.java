package org.carepool.registry.person.web;

import java.util.UUID;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PersonController} and {@link SelfServiceController} on the real
 * PostgreSQL server.
 */
@RegistryTest
class PersonApiTests {

	private static final String PERSON = """
			{"name": " 王晓明 ", "gender": "MALE", "birthYear": 1970, "employer": "长征镇社区卫生服务中心",
			 "title": "主治医师", "bio": "<b>擅长</b>'; drop table person; -- 😀 𠮷",
			 "phone": "%s", "email": "Wang.XM@Example.COM", "residentId": "%s",
			 "homeStreet": "changzheng-town", "homeLocation": {"latitude": 31.24123, "longitude": 121.38277},
			 "servedStreets": ["changzheng-town", "zhenru-town"],
			 "languages": [{"code": "zh-cmn", "level": 5}, {"code": "zh-wuu", "level": 4}],
			 "skills": [{"code": "rh.contraception", "level": 4, "years": 12}],
			 "availability": [{"start": 540, "end": 720}, {"start": 7740, "end": 7920}],
			 "blackouts": [{"from": "2026-12-20", "to": "2027-01-03"}],
			 "monthlyCapacityHours": 12, "types": ["EXPERT"], "trainedForSpecialFamilies": true,
			 "agreementSignedOn": "2026-01-01", "agreementValidUntil": "2027-12-31"}
			""";

	private static final java.util.Random random = new java.util.Random();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PersonFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void registersAPersonWithNormalisedValuesAndMasksPrivateOnes() throws Exception {
		String residentId = residentId();
		String phone = phone();
		String fullWidth = phone.chars()
			.mapToObj((c) -> String.valueOf((char) (c - '0' + '０')))
			.collect(java.util.stream.Collectors.joining(" "));
		MvcTestResult created = register(PERSON.formatted(fullWidth, residentId));
		assertThat(created).hasStatus(201).headers().containsHeader("Location").containsHeader("ETag");
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("王晓明");
		assertThat(created).bodyJson()
			.extractingPath("$.phone")
			.isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(created).bodyJson()
			.extractingPath("$.residentId")
			.isEqualTo(residentId.substring(0, 3) + "***********" + residentId.substring(14));
		assertThat(created).bodyJson().extractingPath("$.email").isEqualTo("W***@example.com");
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("APPLICANT");
		assertThat(created).bodyJson().extractingPath("$.homeLocation.latitude").isEqualTo(31.24);
		assertThat(created).bodyJson().extractingPath("$.bio").isEqualTo("<b>擅长</b>'; drop table person; -- 😀 𠮷");
		String stored = this.jdbc.queryForObject("select phone_sealed from person where id = ?::uuid", String.class,
				(String) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"));
		assertThat(stored).startsWith("v1:local-1:").doesNotContain(phone);
	}

	@Test
	void keepsThePrivateValuesAnEditLeavesOut() throws Exception {
		String phone = phone();
		MvcTestResult created = register(PERSON.formatted(phone, residentId()));
		String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		String sealed = this.jdbc.queryForObject("select phone_sealed from person where id = ?::uuid", String.class,
				id);
		// The console's edit form sees the values masked and sends none of them back.
		String edit = PERSON
			.replace("\"phone\": \"%s\", \"email\": \"Wang.XM@Example.COM\", \"residentId\": \"%s\",", "")
			.replace("主治医师", "副主任医师");
		MvcTestResult edited = this.mvc.put()
			.uri("/api/people/{id}", id)
			.with(Callers.COORDINATOR.any())
			.header("If-Match", created.getResponse().getHeader("ETag"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit)
			.exchange();
		assertThat(edited).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("副主任医师");
		assertThat(edited).bodyJson()
			.extractingPath("$.phone")
			.isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(edited).bodyJson().extractingPath("$.email").isEqualTo("W***@example.com");
		assertThat(this.jdbc.queryForObject("select phone_sealed from person where id = ?::uuid", String.class, id))
			.isEqualTo(sealed);
	}

	@Test
	void refusesADuplicateResidentIdWithALinkToTheExistingPerson() {
		String residentId = residentId();
		String location = register(PERSON.formatted(phone(), residentId)).getResponse().getHeader("Location");
		MvcTestResult duplicate = register(PERSON.formatted(phone(), residentId.toLowerCase()));
		assertThat(duplicate).hasStatus(409).bodyJson().extractingPath("$.existing").isEqualTo(location);
		assertThat(duplicate).bodyJson().extractingPath("$.field").isEqualTo("residentId");
	}

	@Test
	void refusesAStaleVersionAndAMissingIfMatch() {
		PersonResponse person = this.fixtures.register("changzheng-town");
		String body = PERSON.formatted(phone(), "");
		assertThat(this.mvc.put()
			.uri("/api/people/{id}", person.id())
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(428);
		assertThat(this.mvc.put()
			.uri("/api/people/{id}", person.id())
			.with(Callers.COORDINATOR.any())
			.header("If-Match", "\"" + (person.version() - 1) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(412)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:carepool:problem:stale-version");
		MvcTestResult updated = this.mvc.put()
			.uri("/api/people/{id}", person.id())
			.with(Callers.COORDINATOR.any())
			.header("If-Match", "\"" + person.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(updated).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("王晓明");
		assertThat(updated.getResponse().getHeader("ETag")).isNotEqualTo("\"" + person.version() + "\"");
	}

	@Test
	void movesThroughStatusesOnlyAsAllowed() {
		UUID id = this.fixtures.register("changzheng-town").id();
		assertThat(action(id, "suspend")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.currentStatus")
			.isEqualTo("APPLICANT");
		assertThat(action(id, "activate")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("ACTIVE");
		assertThat(action(id, "suspend")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("SUSPENDED");
		assertThat(action(id, "activate")).hasStatusOk();
		assertThat(action(id, "retire")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("RETIRED");
		assertThat(action(id, "activate")).hasStatus(409);
		assertThat(action(id, "erase")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("ERASED");
		assertThat(action(id, "erase")).hasStatus(409);
	}

	@Test
	void answersProblemsInChineseByDefaultAndEnglishOnRequest() {
		UUID id = this.fixtures.register("changzheng-town").id();
		assertThat(action(id, "retire")).hasStatus(409).bodyJson().extractingPath("$.title").isEqualTo("当前状态不允许此操作");
		assertThat(this.mvc.post()
			.uri("/api/people/{id}/retire", id)
			.header("Accept-Language", "en")
			.with(Callers.COORDINATOR.any())).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Not allowed in the current state");
	}

	@Test
	void verifiesCertificationsAndReturnsThemToUnverifiedWhenTheirHolderEditsThem() {
		String subject = UUID.randomUUID().toString();
		PersonResponse person = this.fixtures.registerLinked("changzheng-town", subject);
		person = this.fixtures.certify(person.id());
		UUID certification = person.certifications().get(0).id();
		assertThat(this.mvc.post()
			.uri("/api/people/{id}/certifications/{c}/verify", person.id(), certification)
			.with(Callers.COORDINATOR.any())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.certifications[0].state")
			.isEqualTo("VERIFIED");
		assertThat(this.mvc.put()
			.uri("/api/people/me/certifications/{c}", certification)
			.with(Callers.EXPERT.as(subject))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "psychological-counsellor", "number": "2011030000999999", "issuedOn": "2016-01-01"}
					""")).hasStatusOk().bodyJson().extractingPath("$.certifications[0].state").isEqualTo("UNVERIFIED");
	}

	@Test
	void letsPeopleChangeTheirProfileButNothingOnlyACoordinatorMaySet() {
		String subject = UUID.randomUUID().toString();
		PersonResponse person = this.fixtures.registerLinked("changzheng-town", subject);
		String body = """
				{"name": "测试专家", "monthlyCapacityHours": 30, "servedStreets": ["changzheng-town"],
				 "status": "ACTIVE", "types": ["VOLUNTEER", "EXPERT", "INSTRUCTOR"], "trainedForSpecialFamilies": false,
				 "agreementValidUntil": "2099-01-01", "accountSubject": "someone-else", "version": 0}
				""";
		MvcTestResult updated = this.mvc.put()
			.uri("/api/people/me")
			.with(Callers.EXPERT.as(subject))
			.header("If-Match", "\"" + person.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(updated).hasStatusOk().bodyJson().extractingPath("$.monthlyCapacityHours").isEqualTo(30);
		assertThat(updated).bodyJson().extractingPath("$.status").isEqualTo("APPLICANT");
		assertThat(updated).bodyJson().extractingPath("$.types").asArray().containsExactly("EXPERT");
		assertThat(updated).bodyJson().extractingPath("$.trainedForSpecialFamilies").isEqualTo(true);
		assertThat(updated).bodyJson().extractingPath("$.agreementValidUntil").isEqualTo("2027-12-31");
		assertThat(this.mvc.get().uri("/api/people/me").with(Callers.EXPERT.as(subject))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.accountLinked")
			.isEqualTo(true);
	}

	@Test
	void revealsContactDetailsOnlyWithAReasonAndAuditsTheReveal() {
		String residentId = residentId();
		String phone = phone();
		String location = register(PERSON.formatted(phone, residentId)).getResponse().getHeader("Location");
		String coordinator = UUID.randomUUID().toString();
		assertThat(this.mvc.post()
			.uri(location + "/contact-reveal")
			.with(Callers.COORDINATOR.as(coordinator))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		MvcTestResult revealed = this.mvc.post()
			.uri(location + "/contact-reveal")
			.with(Callers.COORDINATOR.as(coordinator))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"安排周六哀伤辅导，需电话确认\"}")
			.exchange();
		assertThat(revealed).hasStatusOk().bodyJson().extractingPath("$.phone").isEqualTo(phone);
		assertThat(revealed).bodyJson().extractingPath("$.residentId").isEqualTo(residentId);
		assertThat(this.jdbc.queryForObject(
				"select reason from audit_event where actor = ? and action = 'person.contact-reveal'", String.class,
				coordinator))
			.isEqualTo("安排周六哀伤辅导，需电话确认");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where reason like ? or subject_id like ?",
				Integer.class, "%" + phone + "%", "%" + phone + "%"))
			.isZero();
	}

	@Test
	void listsPeopleAPageAtATimeAndConfinesStreetCoordinatorsToTheirStreet() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.fixtures.register("changzheng-town");
			this.fixtures.register("taopu-town");
		}
		MvcTestResult first = this.mvc.get()
			.uri("/api/people?limit=2&street=taopu-town")
			.with(Callers.COORDINATOR.any())
			.exchange();
		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.items").asArray().hasSize(2);
		String next = com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.next");
		assertThat(next).isNotNull();
		assertThat(this.mvc.get()
			.uri("/api/people?limit=2&street=taopu-town&after=" + next)
			.with(Callers.COORDINATOR.any())).hasStatusOk().bodyJson().extractingPath("$.items").asArray().isNotEmpty();
		assertThat(this.mvc.get().uri("/api/people?limit=100&street=taopu-town").with(Callers.STREET_COORDINATOR.any()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].servedStreets")
			.asArray()
			.allSatisfy((streets) -> assertThat(streets.toString()).contains("changzheng-town"));
	}

	@Test
	void auditRowsCannotBeChangedOrDeleted() {
		this.fixtures.register("changzheng-town");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'someone-else'"))
			.rootCause()
			.hasMessageContaining("append-only");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc.update("delete from audit_event"))
			.rootCause()
			.hasMessageContaining("append-only");
	}

	static String phone() {
		return "139" + String.format("%08d", random.nextInt(100_000_000));
	}

	static String residentId() {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		String body = "31010719" + String.format("%02d", 50 + random.nextInt(40)) + "0101"
				+ String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	private MvcTestResult register(String body) {
		return this.mvc.post()
			.uri("/api/people")
			.with(Callers.COORDINATOR.any())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult action(UUID id, String action) {
		return this.mvc.post().uri("/api/people/{id}/" + action, id).with(Callers.COORDINATOR.any()).exchange();
	}

}
