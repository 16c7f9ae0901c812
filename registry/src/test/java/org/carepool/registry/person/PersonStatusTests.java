package org.carepool.registry.person;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain unit tests for the person's state machine: every pair of statuses against the
 * table (applicant → active ⇄ suspended → retired; erased from anything, once).
 */
class PersonStatusTests {

	private static final Map<PersonStatus, Set<PersonStatus>> ALLOWED = Map.of(PersonStatus.APPLICANT,
			EnumSet.of(PersonStatus.ACTIVE, PersonStatus.ERASED), PersonStatus.ACTIVE,
			EnumSet.of(PersonStatus.SUSPENDED, PersonStatus.RETIRED, PersonStatus.ERASED), PersonStatus.SUSPENDED,
			EnumSet.of(PersonStatus.ACTIVE, PersonStatus.RETIRED, PersonStatus.ERASED), PersonStatus.RETIRED,
			EnumSet.of(PersonStatus.ERASED), PersonStatus.ERASED, EnumSet.noneOf(PersonStatus.class));

	@ParameterizedTest
	@EnumSource(PersonStatus.class)
	void eachStatusMayBecomeExactlyTheStatusesTheTableAllows(PersonStatus from) {
		Set<PersonStatus> reachable = EnumSet.noneOf(PersonStatus.class);
		for (PersonStatus next : PersonStatus.values()) {
			if (from.canBecome(next)) {
				reachable.add(next);
			}
		}
		assertThat(reachable).as("from %s", from).isEqualTo(ALLOWED.get(from));
	}

	@ParameterizedTest
	@EnumSource(PersonStatus.class)
	void nobodyBecomesAnApplicantAgain(PersonStatus from) {
		assertThat(from.canBecome(PersonStatus.APPLICANT)).isFalse();
	}

}
