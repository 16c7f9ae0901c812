package org.carepool.registry.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.carepool.registry.access.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the people a caller may see under a filter, a page at a time so that an export
 * of any size holds one page in memory; contact details come masked, or in full when the
 * caller reveals them with a reason (which the export feature audits).
 */
@Service
public class PersonExports {

	private static final int PAGE = 500;

	private final PersonListing listing;

	private final PersonRepository people;

	private final Masks masks;

	private final TransactionTemplate transactions;

	PersonExports(PersonListing listing, PersonRepository people, Masks masks, TransactionTemplate transactions) {
		this.listing = listing;
		this.people = people;
		this.masks = masks;
		this.transactions = transactions;
	}

	/**
	 * Hands every person the caller may see under the filter to a sink, in id order.
	 * @param caller the caller; a street coordinator sees their street only
	 * @param filter what to narrow the list to
	 * @param reveal whether contact details are given in full
	 * @param sink where each person goes
	 * @return how many people were exported
	 */
	public int export(Caller caller, PersonFilter filter, boolean reveal, Consumer<ExportedPerson> sink) {
		int count = 0;
		UUID after = null;
		while (true) {
			UUID from = after;
			List<ExportedPerson> page = this.transactions.execute((status) -> page(caller, filter, from, reveal));
			page.forEach(sink);
			count += page.size();
			if (page.size() < PAGE) {
				return count;
			}
			after = page.get(page.size() - 1).id();
		}
	}

	private List<ExportedPerson> page(Caller caller, PersonFilter filter, UUID after, boolean reveal) {
		List<UUID> ids = this.listing.ids(caller, filter, after, PAGE);
		Map<UUID, Person> found = new LinkedHashMap<>();
		this.people.findAllById(ids).forEach((person) -> found.put(person.getId(), person));
		List<ExportedPerson> page = new ArrayList<>();
		for (UUID id : ids) {
			Person person = found.get(id);
			if (person == null) {
				continue;
			}
			String phone;
			String email;
			if (reveal) {
				ContactResponse contact = this.masks.reveal(person);
				phone = contact.phone();
				email = contact.email();
			}
			else {
				phone = this.masks.phone(person);
				email = this.masks.email(person);
			}
			page.add(new ExportedPerson(person.getId(), person.getName(), person.getStatus(),
					java.util.Set.copyOf(person.getTypes()), person.getGender(), person.getBirthYear(),
					person.getHomeStreet(), new java.util.LinkedHashSet<>(person.getServedStreets()),
					person.getSkills().stream().map((skill) -> skill.getCode() + ":" + skill.getLevel()).toList(),
					phone, email, person.getCreatedAt()));
		}
		return page;
	}

}
