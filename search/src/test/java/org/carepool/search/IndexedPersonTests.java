package org.carepool.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link IndexedPerson}.
 */
class IndexedPersonTests {

	@Test
	void suggestsTheNameItsPinyinInitialsAndVariants() {
		assertThat(IndexedPerson.source(PersonDocuments.WANG_XIAOMING)).extractingByKey(FieldNames.SUGGEST)
			.isEqualTo(Map.of("input", List.of("王晓明", "wangxiaoming", "wxm", "wangxm", "xiaoming")));
	}

	@Test
	void leavesOutBlankAndRepeatedInputs() {
		PersonDocument person = PersonDocuments.LI_MING;
		PersonDocument repeated = new PersonDocument(person.id(), person.version(), person.types(), person.status(),
				person.name(), person.namePinyin(), " ", Arrays.asList("liming", null, " lim "), null, null, null, null,
				person.skills(), person.skillLabels(), person.certifications(), person.languages(),
				person.serviceStreets(), person.homeStreet(), person.homeLocation(), person.availability(),
				person.blackouts(), person.monthlyCapacityHours(), person.hoursThisMonth(),
				person.assignmentsLast30Days(), person.totalHours(), person.rating(), person.completedByCategory(),
				person.consentToContact(), person.contractValidUntil(), person.trainedForSpecialFamilies(),
				person.updatedAt(), person.engagements());
		assertThat(IndexedPerson.suggestInputs(repeated)).containsExactly("李明", "liming", "lim");
	}

	@Test
	void keepsTheDocumentsPropertiesWithDatesAsIsoStrings() {
		Map<String, Object> source = IndexedPerson.source(PersonDocuments.WANG_XIAOMING);
		assertThat(source).containsEntry(FieldNames.NAME, "王晓明")
			.containsEntry(FieldNames.UPDATED_AT, "2025-11-20T08:15:30.123Z")
			.containsEntry(FieldNames.CONTRACT_VALID_UNTIL, "2026-12-31")
			.containsEntry(FieldNames.BLACKOUTS, List.of(Map.of("gte", "2025-10-01", "lte", "2025-10-07")));
		// Every component, the derived remaining hours and the suggester inputs.
		assertThat(source).hasSize(PersonDocument.class.getRecordComponents().length + 2)
			.containsEntry(FieldNames.REMAINING_HOURS_THIS_MONTH, 9.5);
	}

	@Test
	void writesTheSameSourceAsJsonInOneGo() throws Exception {
		for (PersonDocument person : List.of(PersonDocuments.WANG_XIAOMING, PersonDocuments.LI_MING)) {
			java.nio.ByteBuffer buffer = IndexedPerson.json(person).asByteBuffer();
			byte[] written = new byte[buffer.remaining()];
			buffer.get(written);
			com.fasterxml.jackson.databind.ObjectMapper json = SearchJson.objectMapper();
			assertThat(json.readTree(written))
				.isEqualTo(json.readTree(json.writeValueAsBytes(IndexedPerson.source(person))));
		}
	}

	@Test
	void leavesOutWhatIsNotKnown() {
		assertThat(IndexedPerson.source(PersonDocuments.LI_MING)).doesNotContainKeys(FieldNames.GENDER,
				FieldNames.ORGANISATION, FieldNames.RATING, FieldNames.CONTRACT_VALID_UNTIL);
	}

}
