package org.carepool.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carepool.search.PersonDocument.Certification;
import org.carepool.search.PersonDocument.DateRange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;
import org.springframework.boot.test.json.JsonContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PersonDocument}.
 */
@JsonTest
class PersonDocumentJsonTests {

	/** The wire format, shared with the registry through this module's test jar. */
	private static final String FIXTURE = "person-document.json";

	@Autowired
	private JacksonTester<PersonDocument> json;

	@Test
	void writesTheWireFormat() throws IOException {
		assertThat(this.json.write(PersonDocuments.WANG_XIAOMING)).isStrictlyEqualToJson(FIXTURE);
	}

	@Test
	void readsTheWireFormat() throws IOException {
		assertThat(this.json.read(FIXTURE).getObject()).isEqualTo(PersonDocuments.WANG_XIAOMING);
	}

	@Test
	void writesDatesAndInstantsAsIsoStrings() throws IOException {
		JsonContent<PersonDocument> written = this.json.write(PersonDocuments.WANG_XIAOMING);
		assertThat(written).extractingJsonPathStringValue("$.updatedAt").isEqualTo("2025-11-20T08:15:30.123Z");
		assertThat(written).extractingJsonPathStringValue("$.contractValidUntil").isEqualTo("2026-12-31");
		assertThat(written).extractingJsonPathStringValue("$.blackouts[0].lte").isEqualTo("2025-10-07");
	}

	@Test
	void leavesOutWhatIsNotKnown() throws IOException {
		PersonDocument sparse = PersonDocuments.LI_MING;
		PersonDocument withOpenEnds = new PersonDocument(sparse.id(), sparse.version(), sparse.types(), sparse.status(),
				sparse.name(), sparse.namePinyin(), sparse.nameInitials(), null, null, null, null, null,
				sparse.skills(), sparse.skillLabels(), List.of(new Certification("FIRST_AID", true, null)),
				sparse.languages(), sparse.serviceStreets(), sparse.homeStreet(), sparse.homeLocation(),
				sparse.availability(), List.of(new DateRange(null, null)), sparse.monthlyCapacityHours(),
				sparse.hoursThisMonth(), sparse.assignmentsLast30Days(), sparse.totalHours(), null,
				sparse.completedByCategory(), sparse.consentToContact(), null, sparse.trainedForSpecialFamilies(),
				sparse.updatedAt(), sparse.engagements());
		JsonContent<PersonDocument> written = this.json.write(withOpenEnds);
		assertThat(written).doesNotHaveJsonPath("$.nameVariants")
			.doesNotHaveJsonPath("$.gender")
			.doesNotHaveJsonPath("$.organisation")
			.doesNotHaveJsonPath("$.title")
			.doesNotHaveJsonPath("$.bio")
			.doesNotHaveJsonPath("$.rating")
			.doesNotHaveJsonPath("$.contractValidUntil")
			.doesNotHaveJsonPath("$.certifications[0].expiresOn")
			.doesNotHaveJsonPath("$.blackouts[0].gte")
			.doesNotHaveJsonPath("$.blackouts[0].lte");
		assertThat(this.json.parseObject(written.getJson())).isEqualTo(withOpenEnds);
	}

	@Test
	void searchJsonReadsAndWritesTheSameWireFormat() throws IOException {
		ObjectMapper searchJson = SearchJson.objectMapper();
		JsonNode fixture = fixture(searchJson);
		assertThat(searchJson.readTree(searchJson.writeValueAsString(PersonDocuments.WANG_XIAOMING)))
			.isEqualTo(fixture);
		assertThat(searchJson.treeToValue(fixture, PersonDocument.class)).isEqualTo(PersonDocuments.WANG_XIAOMING);
	}

	@Test
	void searchJsonIgnoresPropertiesItDoesNotKnow() throws IOException {
		ObjectMapper searchJson = SearchJson.objectMapper();
		JsonNode fixture = fixture(searchJson);
		((ObjectNode) fixture).putObject("suggest").putArray("input").add("wxm");
		assertThat(searchJson.treeToValue(fixture, PersonDocument.class)).isEqualTo(PersonDocuments.WANG_XIAOMING);
	}

	private JsonNode fixture(ObjectMapper mapper) throws IOException {
		try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
			return mapper.readTree(in);
		}
	}

	@SpringBootConfiguration
	static class JsonTestConfiguration {

	}

}
