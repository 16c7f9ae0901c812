package org.carepool.registry.synthetic;

import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.carepool.registry.synthetic.Professions.Profession;
import org.carepool.registry.synthetic.SyntheticPerson.PersonType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Professions}.
 */
class ProfessionsTests {

	private static final Predicate<String> EXPERT_SKILL = (code) -> code.startsWith("psy.") || code.startsWith("law.")
			|| code.startsWith("sw.") || code.startsWith("rh.") || code.startsWith("mch.");

	private static final Predicate<String> INSTRUCTOR_SKILL = (code) -> code.startsWith("edu.")
			|| code.equals("fh.instructor");

	private static final Predicate<String> VOLUNTEER_SKILL = (code) -> code.startsWith("care.")
			|| code.startsWith("pub.") || code.startsWith("fh.") || code.equals("edu.lecture");

	@Test
	void namesOnlyKnownSkillsAndCertificationTypes() {
		assertThat(Professions.all()).isNotEmpty().allSatisfy((profession) -> {
			profession.coreSkills().forEach(Taxonomy::skill);
			profession.extraSkills().forEach(Taxonomy::skill);
			profession.certifications().forEach(Taxonomy::certification);
			if (profession.optionalCertification() != null) {
				Taxonomy.certification(profession.optionalCertification());
			}
		});
	}

	@Test
	void givesEveryLineOfWorkCoreSkillsThatFitItsType() {
		assertThat(Professions.all()).allSatisfy((profession) -> {
			Predicate<String> fits = switch (profession.type()) {
				case EXPERT -> EXPERT_SKILL;
				case INSTRUCTOR -> INSTRUCTOR_SKILL;
				case VOLUNTEER -> VOLUNTEER_SKILL;
			};
			assertThat(profession.coreSkills()).as(profession.key()).isNotEmpty().allMatch(fits);
		});
	}

	@Test
	void prefersACertificationThatProvesEachCoreSkill() {
		assertThat(Professions.all()).allSatisfy((profession) -> {
			for (String code : profession.coreSkills()) {
				Taxonomy.SkillType skill = Taxonomy.skill(code);
				if (skill.needsCertification()) {
					assertThat(profession.certifications()).as(profession.key() + " " + code)
						.containsAnyElementsOf(skill.acceptedCertifications());
				}
			}
		});
	}

	@Test
	void keepsAgesWithinTwentyTwoToSeventyFive() {
		assertThat(Professions.all()).allSatisfy((profession) -> {
			assertThat(profession.minAge()).isGreaterThanOrEqualTo(22).isLessThan(profession.maxAge());
			assertThat(profession.maxAge()).isLessThanOrEqualTo(75);
			assertThat(profession.employers()).isNotEmpty();
		});
	}

	@Test
	void drawsALineOfWorkOfTheAskedType() {
		SplittableRandom random = new SplittableRandom(3);
		for (PersonType type : PersonType.values()) {
			for (int i = 0; i < 100; i++) {
				Profession profession = Professions.draw(random, type);
				assertThat(profession.type()).isEqualTo(type);
			}
		}
	}

}
