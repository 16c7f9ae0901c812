package org.carepool.registry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import org.carepool.search.FieldNames;
import org.carepool.search.PeopleQueries;
import org.carepool.search.PersonDocument;

/**
 * The hard constraints of matching (DESIGN §5), written twice on purpose: as named
 * Elasticsearch filters that find the candidates, and as plain checks on a document that
 * say why someone is not proposed. A test holds the two to the same answers.
 */
final class HardConstraints {

	private HardConstraints() {
	}

	static void filter(Need need, BoolQuery.Builder bool) {
		bool.filter(PeopleQueries.named(PeopleQueries.is(FieldNames.STATUS, "ACTIVE"), "active"));
		bool.filter(PeopleQueries.named(PeopleQueries.is(FieldNames.CONSENT_TO_CONTACT, true), "consented"));
		bool.filter(PeopleQueries.named(PeopleQueries.atLeast(FieldNames.CONTRACT_VALID_UNTIL, need.day().toString()),
				"contract-valid"));
		need.requiredSkills()
			.forEach((code, level) -> bool
				.filter(PeopleQueries.named(PeopleQueries.skillAtLeast(code, level, false), "skill:" + code)));
		need.certifiedSkills()
			.forEach((code, types) -> bool
				.filter(PeopleQueries.named(PeopleQueries.certifiedOn(types, need.day()), "certified:" + code)));
		bool.filter(PeopleQueries.named(PeopleQueries.availableFor(need.fromMinute(), need.toMinute()), "available"));
		bool.mustNot(PeopleQueries.blackedOutOn(need.day()));
		bool.filter(PeopleQueries.named(PeopleQueries.atLeast(FieldNames.REMAINING_HOURS_THIS_MONTH, need.hours()),
				"capacity"));
		if (!need.exclude().isEmpty()) {
			bool.mustNot(PeopleQueries.anyOf(FieldNames.ID, need.exclude()));
		}
		if (need.sensitive()) {
			bool.filter(PeopleQueries.named(PeopleQueries.is(FieldNames.TRAINED_FOR_SPECIAL_FAMILIES, true),
					"trained-for-special-families"));
		}
		if (need.avoidOrganisation() != null) {
			bool.mustNot(PeopleQueries.is(FieldNames.ORGANISATION_KEYWORD, need.avoidOrganisation()));
		}
	}

	static List<String> failed(Need need, PersonDocument person) {
		List<String> failed = new ArrayList<>();
		if (!"ACTIVE".equals(person.status())) {
			failed.add("active");
		}
		if (!person.consentToContact()) {
			failed.add("consented");
		}
		if (person.contractValidUntil() == null || person.contractValidUntil().isBefore(need.day())) {
			failed.add("contract-valid");
		}
		for (Map.Entry<String, Integer> required : need.requiredSkills().entrySet()) {
			boolean has = person.skills()
				.stream()
				.anyMatch((skill) -> skill.code().equals(required.getKey()) && skill.level() >= required.getValue());
			if (!has) {
				failed.add("skill:" + required.getKey());
			}
		}
		for (Map.Entry<String, List<String>> certified : need.certifiedSkills().entrySet()) {
			boolean valid = person.certifications()
				.stream()
				.anyMatch((certification) -> certified.getValue().contains(certification.type())
						&& certification.verified()
						&& (certification.expiresOn() == null || !certification.expiresOn().isBefore(need.day())));
			if (!valid) {
				failed.add("certified:" + certified.getKey());
			}
		}
		boolean available = person.availability()
			.stream()
			.anyMatch((range) -> range.gte() <= need.fromMinute() && range.lt() >= need.toMinute());
		if (!available) {
			failed.add("available");
		}
		boolean blackedOut = person.blackouts()
			.stream()
			.anyMatch((range) -> !range.gte().isAfter(need.day()) && !range.lte().isBefore(need.day()));
		if (blackedOut) {
			failed.add("no-blackout");
		}
		if (person.remainingHoursThisMonth() < need.hours()) {
			failed.add("capacity");
		}
		if (need.exclude().contains(person.id())) {
			failed.add("not-excluded");
		}
		if (need.sensitive() && !person.trainedForSpecialFamilies()) {
			failed.add("trained-for-special-families");
		}
		if (need.avoidOrganisation() != null && need.avoidOrganisation().equals(person.organisation())) {
			failed.add("not-from-requesting-organisation");
		}
		return failed;
	}

}
