package org.carepool.registry.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import org.carepool.search.FieldNames;
import org.carepool.search.PeopleQueries;
import org.carepool.search.PersonDocument;

/**
 * The hard constraints of matching (docs/matching.md), written twice on purpose: as
 * Elasticsearch filters that find the candidates, and as plain checks on a document that
 * say why someone is not proposed — for a weekly series on which visit or in which month.
 * {@code HardConstraintParityTests} holds the two to the same answers, constraint by
 * constraint.
 *
 * <p>
 * Every visit of a series must pass: the agreement and each required certificate must
 * still be valid on it, it must not fall in a blackout or overlap a time the person is
 * already booked for, and each month must have room for its visits beside the hours
 * already served and booked. The weekly window is the same for every visit, so
 * availability is one check.
 */
final class HardConstraints {

	/** Every constraint's name, as why-not reports it and the parity table lists it. */
	static final List<String> NAMES = List.of("active", "consented", "contract-valid", "skill:*", "certified:*",
			"essential-language:*", "available", "no-blackout", "not-booked", "capacity", "not-excluded",
			"trained-for-special-families", "not-from-requesting-organisation");

	private HardConstraints() {
	}

	static void filter(Need need, BoolQuery.Builder bool) {
		bool.filter(PeopleQueries.named(PeopleQueries.is(FieldNames.STATUS, "ACTIVE"), "active"));
		bool.filter(PeopleQueries.named(PeopleQueries.is(FieldNames.CONSENT_TO_CONTACT, true), "consented"));
		// Valid on the last visit is valid on all of them: neither has a start.
		bool.filter(PeopleQueries.named(
				PeopleQueries.atLeast(FieldNames.CONTRACT_VALID_UNTIL, need.lastDay().toString()), "contract-valid"));
		need.requiredSkills()
			.forEach((code, level) -> bool
				.filter(PeopleQueries.named(PeopleQueries.skillAtLeast(code, level, false), "skill:" + code)));
		need.certifiedSkills()
			.forEach((code, types) -> bool
				.filter(PeopleQueries.named(PeopleQueries.certifiedOn(types, need.lastDay()), "certified:" + code)));
		need.essentialLanguages()
			.forEach((code, level) -> bool
				.filter(PeopleQueries.named(PeopleQueries.speaks(code, level), "essential-language:" + code)));
		bool.filter(PeopleQueries.named(PeopleQueries.availableFor(need.fromMinute(), need.toMinute()), "available"));
		for (Need.Visit visit : need.visits()) {
			bool.mustNot(PeopleQueries.blackedOutOn(visit.day()));
			bool.mustNot(PeopleQueries.bookedDuring(visit.startsAt(), visit.endsAt()));
		}
		need.hoursByMonth()
			.forEach((month, hours) -> bool
				.filter(PeopleQueries.named(PeopleQueries.freeHoursIn(month, hours), "capacity")));
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

	/**
	 * The names of the constraints a person fails, each once.
	 * @param need the need
	 * @param person the person's whole document
	 * @return the names, in the order of {@link #NAMES}
	 */
	static List<String> failed(Need need, PersonDocument person) {
		LinkedHashSet<String> names = new LinkedHashSet<>();
		check(need, person).forEach((failure) -> names.add(failure.constraint()));
		return List.copyOf(names);
	}

	/**
	 * Every failure of a person, with the visit or month it happens on.
	 * @param need the need
	 * @param person the person's whole document
	 * @return the failures
	 */
	static List<Failure> check(Need need, PersonDocument person) {
		List<Failure> failed = new ArrayList<>();
		if (!"ACTIVE".equals(person.status())) {
			failed.add(new Failure("active", null));
		}
		if (!person.consentToContact()) {
			failed.add(new Failure("consented", null));
		}
		if (person.contractValidUntil() == null) {
			failed.add(new Failure("contract-valid", null));
		}
		else {
			eachVisit(need, failed, "contract-valid", (day) -> person.contractValidUntil().isBefore(day));
		}
		for (Map.Entry<String, Integer> required : need.requiredSkills().entrySet()) {
			if (MatchScoring.level(person, required.getKey()) < required.getValue()) {
				failed.add(new Failure("skill:" + required.getKey(), null));
			}
		}
		for (Map.Entry<String, List<String>> certified : need.certifiedSkills().entrySet()) {
			eachVisit(need, failed, "certified:" + certified.getKey(),
					(day) -> person.certifications()
						.stream()
						.noneMatch((certification) -> certified.getValue().contains(certification.type())
								&& certification.verified()
								&& (certification.expiresOn() == null || !certification.expiresOn().isBefore(day))));
		}
		for (Map.Entry<String, Integer> essential : need.essentialLanguages().entrySet()) {
			if (MatchScoring.speaks(person, essential.getKey()) < essential.getValue()) {
				failed.add(new Failure("essential-language:" + essential.getKey(), null));
			}
		}
		boolean available = person.availability()
			.stream()
			.anyMatch((range) -> range.gte() <= need.fromMinute() && range.lt() >= need.toMinute());
		if (!available) {
			failed.add(new Failure("available", null));
		}
		eachVisit(need, failed, "no-blackout",
				(day) -> person.blackouts()
					.stream()
					.anyMatch((range) -> !range.gte().isAfter(day) && !range.lte().isBefore(day)));
		List<PersonDocument.TimeRange> bookings = person.engagementsOrNone().bookings();
		for (Need.Visit visit : need.visits()) {
			boolean booked = bookings.stream()
				.anyMatch((range) -> range.gte().isBefore(visit.endsAt()) && visit.startsAt().isBefore(range.lt()));
			if (booked) {
				failed.add(new Failure("not-booked", visit.day().toString()));
			}
		}
		need.hoursByMonth().forEach((month, hours) -> {
			if (person.remainingHoursIn(month) < hours) {
				failed.add(new Failure("capacity", month));
			}
		});
		if (need.exclude().contains(person.id())) {
			failed.add(new Failure("not-excluded", null));
		}
		if (need.sensitive() && !person.trainedForSpecialFamilies()) {
			failed.add(new Failure("trained-for-special-families", null));
		}
		if (need.avoidOrganisation() != null && need.avoidOrganisation().equals(person.organisation())) {
			failed.add(new Failure("not-from-requesting-organisation", null));
		}
		return failed;
	}

	private static void eachVisit(Need need, List<Failure> failed, String constraint,
			java.util.function.Predicate<LocalDate> fails) {
		for (Need.Visit visit : need.visits()) {
			if (fails.test(visit.day())) {
				failed.add(new Failure(constraint, (need.visits().size() > 1) ? visit.day().toString() : null));
			}
		}
	}

	/**
	 * One failed constraint.
	 *
	 * @param constraint its name
	 * @param when the visit's day or the month it fails in, when it depends on the day
	 */
	record Failure(String constraint, String when) {

		/**
		 * How why-not says it.
		 * @return {@code 2027-03-20: no-blackout}, or the name alone
		 */
		String describe() {
			return (this.when != null) ? this.when + ": " + this.constraint : this.constraint;
		}

	}

}
