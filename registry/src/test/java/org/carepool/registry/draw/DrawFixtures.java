package org.carepool.registry.draw;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Callers;
import org.carepool.registry.assignment.StaffingFixtures;
import org.carepool.registry.changefeed.SearchDocumentFeed;
import org.carepool.registry.person.ConsentRequest;
import org.carepool.registry.person.PersonFixtures;
import org.carepool.registry.person.PersonManagement;
import org.carepool.registry.person.RegisterPersonRequest;
import org.carepool.registry.person.PersonResponse;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.request.SubmitHelpRequest;
import org.carepool.registry.search.IndexFixture;
import org.carepool.search.PersonDocument;

import org.springframework.stereotype.Component;

/**
 * Experts and requests for draw tests. Each slot is a quarter of an hour of a night no
 * other test uses, and the experts of a slot are registered and indexed as free exactly
 * then, so a draw's pool holds exactly the experts a test made for it.
 */
@Component
public class DrawFixtures {

	private final PersonFixtures people;

	private final RequestManagement requests;

	private final SearchDocumentFeed feed;

	private final Caller coordinator = Callers.COORDINATOR.caller("fixture-coordinator");

	private final PersonManagement registrations;

	DrawFixtures(PersonFixtures people, PersonManagement registrations, RequestManagement requests,
			SearchDocumentFeed feed) {
		this.people = people;
		this.registrations = registrations;
		this.requests = requests;
		this.feed = feed;
	}

	/**
	 * A fresh quarter of an hour between midnight and six, on a day two to three weeks
	 * ahead.
	 * @return the slot
	 */
	public static Slot slot() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
		LocalTime start = LocalTime.MIDNIGHT.plusMinutes(random.nextInt(345));
		LocalDate date = LocalDate.now().plusDays(14).with(TemporalAdjusters.nextOrSame(day));
		int from = (day.getValue() - 1) * 1440 + start.getHour() * 60 + start.getMinute();
		return new Slot(date, start, start.plusMinutes(15), from, from + 15);
	}

	/**
	 * Registers, activates and indexes an expert with an account, free in some slots.
	 * @param subject the account
	 * @param organisation the employer as the index holds it
	 * @param skills the skills and levels, each with a verified certification
	 * @param slots when they are free
	 * @return the person
	 */
	public PersonResponse expert(String subject, String organisation, Map<String, Integer> skills, Slot... slots) {
		List<RegisterPersonRequest.SkillInput> skillInputs = new ArrayList<>();
		skills.forEach((code, level) -> skillInputs.add(new RegisterPersonRequest.SkillInput(code, level, 5)));
		List<RegisterPersonRequest.SlotInput> slotInputs = new ArrayList<>();
		for (Slot slot : slots) {
			boolean overlaps = slotInputs.stream()
				.anyMatch((taken) -> taken.start() < slot.toMinute() && slot.fromMinute() < taken.end());
			if (!overlaps) {
				slotInputs.add(new RegisterPersonRequest.SlotInput(slot.fromMinute(), slot.toMinute()));
			}
		}
		RegisterPersonRequest template = PersonFixtures.expert("抽取专家", Callers.OWN_STREET);
		PersonResponse person = this.registrations.register(this.coordinator,
				new RegisterPersonRequest(template.name(), template.gender(), template.birthYear(), organisation,
						template.title(), template.bio(), null, null, null, Callers.OWN_STREET, template.homeLocation(),
						template.servedStreets(), template.languages(), skillInputs, slotInputs, List.of(),
						template.monthlyCapacityHours(), template.types(), template.trainedForSpecialFamilies(),
						template.agreementSignedOn(), template.agreementValidUntil()));
		this.registrations.recordConsent(this.coordinator, person.id(),
				new ConsentRequest("2026-01", List.of("registry", "matching", "contact")));
		this.registrations.linkAccount(Callers.ADMIN.caller("fixture-admin"), person.id(), subject);
		this.people.activate(person.id());
		PersonDocument document = this.feed.byIds(List.of(person.id())).documents().get(0);
		List<PersonDocument.Skill> held = new ArrayList<>();
		skills.forEach((code, level) -> held.add(new PersonDocument.Skill(code, code.split("\\.")[0], level, true, 5)));
		List<PersonDocument.MinuteRange> free = new ArrayList<>();
		for (Slot slot : slots) {
			free.add(new PersonDocument.MinuteRange(slot.fromMinute(), slot.toMinute()));
		}
		IndexFixture.index(List.of(IndexFixture.with(document,
				Map.of("skills", held, "organisation", organisation, "availability", free, "certifications",
						List.of(new PersonDocument.Certification("psychological-counsellor", true, null),
								new PersonDocument.Certification("lawyer-licence", true, null))))));
		return person;
	}

	/**
	 * A one-off request of an organisation in a slot, open for staffing, asking for grief
	 * counselling at level 2.
	 * @param slot when
	 * @param street the street
	 * @param organisation the requesting organisation
	 * @return the request
	 */
	public HelpRequestResponse request(Slot slot, String street, String organisation) {
		SubmitHelpRequest template = StaffingFixtures.request(street, organisation);
		SubmitHelpRequest submission = new SubmitHelpRequest(template.category(), template.project(), "家庭教育讲座",
				"专家讲座与咨询。", template.requiredSkills(), List.of(), List.of(), template.place(),
				new SubmitHelpRequest.ScheduleInput(slot.date(), null, null, null, slot.start(), slot.end()), 15, 1,
				false, false, null, null, template.organisation());
		HelpRequestResponse request = this.requests.submit(this.coordinator, submission, null).request();
		this.requests.transition(this.coordinator, request.id(), null, RequestStatus.ACCEPTED, null);
		return this.requests.transition(this.coordinator, request.id(), null, RequestStatus.STAFFING, null);
	}

	/**
	 * A request open for staffing with two grief counsellors free for it.
	 * @param street the street
	 * @param organisation the requesting organisation
	 * @return the request's id
	 */
	public UUID drawable(String street, String organisation) {
		Slot slot = slot();
		expert(UUID.randomUUID().toString(), "上海市精神卫生中心", Map.of("psy.grief", 3), slot);
		expert(UUID.randomUUID().toString(), "上海市精神卫生中心", Map.of("psy.grief", 3), slot);
		return request(slot, street, organisation).id();
	}

	/**
	 * Draws one grief counsellor for a request and withdraws the invitation, so the pick
	 * can be redrawn.
	 * @param draws the draws
	 * @param assignments the staffing service
	 * @param request the request
	 * @return the draw and the withdrawn person
	 */
	public DrawResponse drawAndWithdraw(Draws draws, org.carepool.registry.assignment.Assignments assignments,
			UUID request) {
		DrawResponse draw = draws.draw(this.coordinator, request,
				new DrawRequest(Map.of("psy.grief", 1), null, null, null));
		assignments.withdraw(this.coordinator, request, draw.picks().get(0).invitation(), "利益冲突");
		return draw;
	}

	/**
	 * A quarter of an hour.
	 *
	 * @param date the day
	 * @param start when it starts
	 * @param end when it ends
	 * @param fromMinute its first minute of the week
	 * @param toMinute the minute of the week it ends
	 */
	public record Slot(LocalDate date, LocalTime start, LocalTime end, int fromMinute, int toMinute) {
	}

}
