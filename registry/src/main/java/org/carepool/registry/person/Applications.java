package org.carepool.registry.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.privacy.EmailAddress;
import org.carepool.registry.privacy.InvalidPrivateValue;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People who apply on their own through public recruitment, and the linking of their
 * account once a coordinator has vetted them: the person feature's side of the
 * recruitment feature.
 */
@Service
@Transactional
public class Applications {

	private final PersonRepository people;

	private final PersonRecords records;

	private final ProfileRules rules;

	private final Masks masks;

	private final NamedParameterJdbcTemplate jdbc;

	Applications(PersonRepository people, PersonRecords records, ProfileRules rules, Masks masks,
			NamedParameterJdbcTemplate jdbc) {
		this.people = people;
		this.records = records;
		this.rules = rules;
		this.masks = masks;
		this.jdbc = jdbc;
	}

	/**
	 * Registers someone who applied as an applicant, with the consent they gave. Whatever
	 * the request says, the result is an applicant: status is the constructor's and a
	 * coordinator's vetting is the only way on.
	 * @param caller the public caller, keyed by the applicant's address
	 * @param request what the applicant said about themselves
	 * @param noticeVersion the privacy notice they read
	 * @param purposes the purposes they consented to, each separately
	 * @return the applicant's id
	 */
	public UUID apply(Caller caller, RegisterPersonRequest request, String noticeVersion, List<String> purposes) {
		UUID id = UUID.randomUUID();
		ProfileRules.Checked checked = this.rules.check(id, request);
		Person person = new Person(id, checked.profile(), checked.contact(), this.rules.engagement(request),
				this.records.now());
		this.records.refuseDuplicates(caller, person, checked.contact(), true);
		if (checked.contact().emailHash() != null && !this.jdbc
			.queryForList("select id from person where email_hash = :hash",
					new MapSqlParameterSource("hash", checked.contact().emailHash()), UUID.class)
			.isEmpty()) {
			throw this.records.denied(caller, "person.duplicate", null,
					new DuplicatePerson("email", null, DuplicatePerson.Audience.SELF), "email");
		}
		this.records.save(person);
		if (!purposes.isEmpty()) {
			person.recordConsent(noticeVersion, purposes, this.records.now());
		}
		this.records.changed(caller, "person.apply", person, false);
		return id;
	}

	/**
	 * A vetted person who has no account yet and whose e-mail address this is.
	 * @param email the address as typed
	 * @return the person, if there is exactly such a one
	 */
	@Transactional(readOnly = true)
	public Optional<Linkable> linkableByEmail(String email) {
		String normalised;
		try {
			normalised = EmailAddress.parse(email).value();
		}
		catch (InvalidPrivateValue ex) {
			return Optional.empty();
		}
		List<UUID> found = this.jdbc.queryForList(
				"select id from person where email_hash = :hash and status = 'ACTIVE' and account_subject is null",
				new MapSqlParameterSource("hash", this.masks.blindIndex("email", normalised)), UUID.class);
		return (found.size() == 1) ? this.people.findById(found.get(0))
			.map((person) -> new Linkable(person.getId(), person.getName(), normalised)) : Optional.empty();
	}

	/**
	 * Links an account to a vetted person who confirmed a code sent to them; refused when
	 * the person has meanwhile got an account or left the pool, or the account already
	 * has a person.
	 * @param caller the signed-in account
	 * @param id the person's id
	 * @return whether it was linked
	 */
	public boolean link(Caller caller, UUID id) {
		this.records.lock(id);
		Person person = this.people.findById(id).orElseThrow(() -> new PersonNotFound(id));
		if (person.getStatus() != PersonStatus.ACTIVE || person.getAccountSubject() != null
				|| this.people.findByAccountSubject(caller.subject()).isPresent()) {
			this.records.denied(caller, "person.link-own-account", id, new AccountAlreadyLinked());
			return false;
		}
		person.linkAccount(caller.subject(), this.records.now());
		this.records.changed(caller, "person.link-own-account", person, false);
		return true;
	}

	/**
	 * A vetted person an account may be linked to.
	 *
	 * @param id the person's id
	 * @param name their display name
	 * @param email their e-mail address, where the code goes
	 */
	public record Linkable(UUID id, String name, String email) {
	}

}
