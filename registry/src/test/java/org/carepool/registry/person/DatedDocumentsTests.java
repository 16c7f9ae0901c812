package org.carepool.registry.person;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.carepool.registry.RegistryTest;
import org.carepool.registry.access.Callers;
import org.carepool.registry.assignment.StaffingFixtures;
import org.carepool.registry.request.HelpRequestResponse;
import org.carepool.registry.request.RequestStatus;
import org.carepool.registry.time.Shanghai;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DatedDocuments}: who the calendar alone changes gets a change in the
 * feed, so the index follows.
 */
@RegistryTest
class DatedDocumentsTests {

	@Autowired
	private DatedDocuments dated;

	@Autowired
	private PersonFixtures people;

	@Autowired
	private StaffingFixtures staffing;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void changesPeopleTheDayAfterTheirCertificateExpires() {
		UUID person = this.people.register("changzheng-town").id();
		expiresOn(person, LocalDate.of(2031, 3, 14));
		assertThat(this.dated.refresh(LocalDate.of(2031, 3, 14))).doesNotContain(person);
		long before = horizon();
		assertThat(this.dated.refresh(LocalDate.of(2031, 3, 15))).contains(person);
		assertThat(changesAfter(before, person)).as("changes in the feed").isOne();
		assertThat(this.dated.refresh(LocalDate.of(2031, 3, 16))).doesNotContain(person);
	}

	@Test
	void changesPeopleWhoServedLastMonthOnTheFirstAndPeopleWhoseAssignmentsLeaveTheLast30Days() {
		UUID person = this.people.register("changzheng-town").id();
		HelpRequestResponse request = this.staffing.inStatus(Callers.OWN_STREET, Callers.OWN_ORGANISATION,
				RequestStatus.STAFFING);
		UUID invitation = UUID.randomUUID();
		Instant answered = OffsetDateTime.parse("2031-05-20T10:00:00+08:00").toInstant();
		this.jdbc.update("""
				insert into invitation (id, version, request_id, person_id, status, invited_by, invited_at, answered_at)
				values (?, 0, ?, ?, 'ACCEPTED', 'test', ?, ?)""", invitation, request.id(), person,
				Timestamp.from(answered.minusSeconds(3600)), Timestamp.from(answered));
		this.jdbc.update("""
				insert into service_record (id, version, invitation_id, request_id, person_id, category_code, served_on,
				                            hours, state, recorded_by, recorded_at, approved_by, approved_at)
				values (?, 0, ?, ?, ?, ?, ?, ?, 'APPROVED', 'test', ?, 'test', ?)""", UUID.randomUUID(), invitation,
				request.id(), person, request.category(), LocalDate.of(2031, 5, 20), new BigDecimal("2.0"),
				Timestamp.from(answered), Timestamp.from(answered));
		assertThat(this.dated.refresh(LocalDate.of(2031, 6, 1))).as("hours this month start again").contains(person);
		assertThat(this.dated.refresh(LocalDate.of(2031, 6, 2))).doesNotContain(person);
		assertThat(this.dated.refresh(LocalDate.of(2031, 6, 19))).as("the assignment leaves the last 30 days")
			.contains(person);
		assertThat(this.dated.refresh(LocalDate.of(2031, 6, 25))).doesNotContain(person);
	}

	@Test
	void runsForTodayInATransactionOfItsOwn() {
		UUID person = this.people.register("changzheng-town").id();
		expiresOn(person, LocalDate.now(Shanghai.ZONE).minusDays(1));
		long before = horizon();
		assertThat(this.dated.refreshToday()).contains(person);
		assertThat(changesAfter(before, person)).isOne();
	}

	private void expiresOn(UUID person, LocalDate day) {
		this.jdbc.update("""
				insert into certification (id, person_id, type_code, state, expires_on)
				values (?, ?, (select min(code) from certification_type), 'VERIFIED', ?)""", UUID.randomUUID(), person,
				day);
	}

	private long horizon() {
		return this.jdbc.queryForObject("select coalesce(max(position), 0) from change_log", Long.class);
	}

	private int changesAfter(long position, UUID person) {
		return this.jdbc.queryForObject("select count(*) from change_log where position > ? and entity_id = ?",
				Integer.class, position, person);
	}

}
