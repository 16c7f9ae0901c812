package org.carepool.registry.synthetic;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty registry with generated people on first start of the local run, and
 * links the demo expert and volunteer accounts to people so self-service can be tried.
 */
@Component
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/**
	 * The demo accounts of the local identity provider that have a profile of their own.
	 */
	private static final String DEMO_EXPERT = "00000000-0000-4000-8000-000000000003";

	private static final String DEMO_VOLUNTEER = "00000000-0000-4000-8000-000000000004";

	private final DemoDataProperties properties;

	private final SyntheticPeople people;

	private final JdbcTemplate jdbc;

	DemoData(DemoDataProperties properties, SyntheticPeople people, JdbcTemplate jdbc) {
		this.properties = properties;
		this.people = people;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadIntoAnEmptyRegistry() {
		if (this.properties.people() == 0) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from person", Integer.class);
		if (existing != null && existing > 0) {
			log.info("Registry has {} people; no demo data loaded", existing);
			return;
		}
		List<UUID> ids = this.people.load(this.properties.seed(), this.properties.people());
		// Fresh tables have no statistics yet; without them the planner picks a slow
		// plan.
		this.jdbc.execute("analyze person, person_type");
		link(DEMO_EXPERT, "EXPERT", ids);
		link(DEMO_VOLUNTEER, "VOLUNTEER", ids);
	}

	private void link(String subject, String type, List<UUID> ids) {
		this.jdbc.update("""
				update person set account_subject = ?, version = version + 1
				where id = (select p.id from person p join person_type t on t.person_id = p.id
				            where t.type = ? and p.account_subject is null and p.id = any(?) order by p.id limit 1)
				""", subject, type, ids.toArray(new UUID[0]));
	}

}
