package org.carepool.registry.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.carepool.registry.naming.NamePinyin;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.search.PersonDocument;
import org.carepool.registry.time.Shanghai;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the search documents of people (docs/architecture.md §3.2): what the index may
 * hold, computed from the current record — never a phone number, e-mail, resident ID or
 * exact address.
 */
@Service
@Transactional(readOnly = true)
public class PersonDocuments {

	private final PersonRepository people;

	private final Taxonomy taxonomy;

	private final Clock clock;

	private final ServiceHistory history;

	PersonDocuments(PersonRepository people, Taxonomy taxonomy, Clock clock, ServiceHistory history) {
		this.people = people;
		this.taxonomy = taxonomy;
		this.clock = clock;
		this.history = history;
	}

	/**
	 * The documents of the people among {@code ids} who may be searchable; the others
	 * (erased, unknown, without a current consent) are absent from the answer.
	 * @param ids the people's ids
	 * @return the documents by id, each at version 0 (the caller sets it)
	 */
	public Map<UUID, PersonDocument> documents(Collection<UUID> ids) {
		Map<UUID, PersonDocument> documents = new LinkedHashMap<>();
		List<Person> searchable = new ArrayList<>();
		this.people.findAllById(ids).forEach((person) -> {
			if (isSearchable(person)) {
				searchable.add(person);
			}
		});
		Map<UUID, ServiceStatistics> statistics = statistics(searchable);
		Map<UUID, Commitments> commitments = commitments(searchable);
		for (Person person : searchable) {
			documents.put(person.getId(),
					document(person, statistics.get(person.getId()), commitments.get(person.getId())));
		}
		return documents;
	}

	/**
	 * The next searchable people in id order, for a full rebuild, within a range of ids
	 * so that a rebuild can read several ranges at once.
	 * @param after the last id of the previous page, or {@code null} from the start
	 * @param until the last id of the range (inclusive), or {@code null} to the end
	 * @param limit how many
	 * @return the page, each document at version 0
	 */
	public SnapshotPage page(UUID after, UUID until, int limit) {
		Limit most = Limit.of(limit);
		List<Person> candidates;
		if (until == null) {
			candidates = (after != null) ? this.people.findByIdGreaterThanOrderById(after, most)
					: this.people.findAllByOrderById(most);
		}
		else {
			candidates = (after != null)
					? this.people.findByIdGreaterThanAndIdLessThanEqualOrderById(after, until, most)
					: this.people.findByIdLessThanEqualOrderById(until, most);
		}
		List<Person> searchable = candidates.stream().filter(PersonDocuments::isSearchable).toList();
		Map<UUID, ServiceStatistics> statistics = statistics(searchable);
		Map<UUID, Commitments> commitments = commitments(searchable);
		List<PersonDocument> documents = searchable.stream()
			.map((person) -> document(person, statistics.get(person.getId()), commitments.get(person.getId())))
			.toList();
		UUID last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1).getId();
		return new SnapshotPage(documents, (candidates.size() < limit) ? null : last);
	}

	static boolean isSearchable(Person person) {
		return person.getStatus() != PersonStatus.ERASED
				&& person.getConsents().stream().anyMatch((consent) -> consent.getWithdrawnAt() == null);
	}

	private Map<UUID, ServiceStatistics> statistics(List<Person> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		return this.history.statistics(people.stream().map(Person::getId).toList());
	}

	private Map<UUID, Commitments> commitments(List<Person> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		return this.history.commitments(people.stream().map(Person::getId).toList());
	}

	/**
	 * The load of a person's months (index contract v2): booked hours and what remains of
	 * the monthly capacity, for the current month when they served in it and every month
	 * they are booked in; the current month counts the hours served in it too.
	 */
	static List<PersonDocument.MonthLoad> months(int capacity, double servedThisMonth, Map<String, Double> booked,
			LocalDate today) {
		Map<String, Double> months = new TreeMap<>(booked);
		String current = YearMonth.from(today).toString();
		if (servedThisMonth > 0) {
			months.putIfAbsent(current, 0.0);
		}
		List<PersonDocument.MonthLoad> loads = new ArrayList<>();
		months.forEach((month, hours) -> {
			double served = month.equals(current) ? servedThisMonth : 0;
			loads.add(new PersonDocument.MonthLoad(month, hours, Math.max(0, capacity - served - hours)));
		});
		return loads;
	}

	PersonDocument document(Person person, ServiceStatistics found, Commitments taken) {
		ServiceStatistics statistics = (found != null) ? found : ServiceStatistics.NONE;
		Commitments commitments = (taken != null) ? taken : Commitments.NONE;
		LocalDate today = Shanghai.today(this.clock);
		NamePinyin pinyin = NamePinyin.of(person.getName());
		List<PersonDocument.Skill> skills = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (SkillLevel skill : person.getSkills()) {
			Taxonomy.Skill known = this.taxonomy.skill(skill.getCode()).orElse(null);
			if (known == null) {
				continue;
			}
			boolean verified = !known.needsCertification() || person.getCertifications()
				.stream()
				.anyMatch((certification) -> known.acceptsCertification(certification.getType())
						&& certification.isValidOn(today));
			skills.add(new PersonDocument.Skill(skill.getCode(), known.area(), skill.getLevel(), verified,
					skill.getYears()));
			labels.add(known.nameZh());
			labels.add(known.nameEn());
		}
		List<PersonDocument.Certification> certifications = person.getCertifications()
			.stream()
			.filter((certification) -> certification.getState() != CertificationState.REJECTED)
			.map((certification) -> new PersonDocument.Certification(certification.getType(),
					certification.getState() == CertificationState.VERIFIED, certification.getExpiresOn()))
			.toList();
		PersonDocument.GeoPoint home = (person.getHomeLatitude() != null)
				? new PersonDocument.GeoPoint(person.getHomeLatitude(), person.getHomeLongitude()) : null;
		return new PersonDocument(person.getId().toString(), 0,
				person.getTypes().stream().map(Enum::name).sorted().toList(), person.getStatus().name(),
				person.getName(), pinyin.full(), pinyin.initials(), List.copyOf(pinyin.variants()),
				(person.getGender() != null) ? person.getGender().name() : null, person.getEmployer(),
				person.getTitle(), person.getBio(), skills, labels, certifications,
				person.getLanguages()
					.stream()
					.map((language) -> new PersonDocument.Language(language.getCode(), language.getLevel()))
					.toList(),
				person.getServedStreets().stream().sorted().toList(), person.getHomeStreet(), home,
				person.getAvailability()
					.stream()
					.sorted(Comparator.comparingInt(WeeklySlot::getStart))
					.map((slot) -> new PersonDocument.MinuteRange(slot.getStart(), slot.getEnd()))
					.toList(),
				person.getBlackouts()
					.stream()
					.map((blackout) -> new PersonDocument.DateRange(blackout.getFrom(), blackout.getTo()))
					.toList(),
				person.getMonthlyCapacityHours(), statistics.hoursThisMonth(), statistics.assignmentsLast30Days(),
				statistics.totalHours(), statistics.rating(),
				statistics.completedByCategory()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((entry) -> new PersonDocument.CategoryCount(entry.getKey(), entry.getValue()))
					.toList(),
				person.consentsToContact(), person.getAgreementValidUntil(), person.isTrainedForSpecialFamilies(),
				person.getUpdatedAt(),
				new PersonDocument.Engagements(commitments.bookings(),
						months(person.getMonthlyCapacityHours(), statistics.hoursThisMonth(),
								commitments.bookedHoursByMonth(), today),
						commitments.specialFamiliesCompleted(), commitments.specialFamiliesRating()));
	}

	/**
	 * A page of a full snapshot.
	 *
	 * @param documents the searchable people on the page
	 * @param next the id to continue after, or {@code null} at the end
	 */
	public record SnapshotPage(List<PersonDocument> documents, UUID next) {
	}

}
