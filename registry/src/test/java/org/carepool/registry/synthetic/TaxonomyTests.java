package org.carepool.registry.synthetic;

import java.util.Set;
import java.util.stream.Collectors;

import org.carepool.registry.synthetic.Taxonomy.CertificationType;
import org.carepool.registry.synthetic.Taxonomy.SkillType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Taxonomy}.
 */
class TaxonomyTests {

	@Test
	void knowsTheThirtyTwoSkillsInNineAreas() {
		assertThat(Taxonomy.skills()).hasSize(32).extracting(SkillType::code).doesNotHaveDuplicates();
		assertThat(Taxonomy.skills().stream().map(SkillType::area).distinct()).hasSize(9);
	}

	@Test
	void requiresCertificationForTheSkillsTheDomainSaysNeedIt() {
		Set<String> certified = Taxonomy.skills()
			.stream()
			.filter(SkillType::needsCertification)
			.map(SkillType::code)
			.collect(Collectors.toSet());
		assertThat(certified).containsExactlyInAnyOrder("psy.counselling", "psy.grief", "psy.crisis",
				"psy.marriage-family", "law.family", "law.inheritance-elderly", "sw.casework", "rh.contraception",
				"rh.infertility", "rh.menopause", "mch.preconception", "mch.pregnancy", "fh.instructor",
				"edu.youth-health");
	}

	@Test
	void acceptsOnlyKnownCertificationTypes() {
		assertThat(Taxonomy.skills()).allSatisfy((skill) -> skill.acceptedCertifications()
			.forEach((code) -> assertThat(Taxonomy.certification(code).code()).isEqualTo(code)));
	}

	@Test
	void letsOnlyPractisingLicencesAndTrainingCertificatesExpire() {
		assertThat(Taxonomy.certifications()).hasSize(12);
		assertThat(Taxonomy.certifications().stream().filter(CertificationType::expires).map(CertificationType::code))
			.containsExactlyInAnyOrder("lawyer-licence", "physician-licence", "nurse-licence",
					"youth-health-facilitator", "family-health-instructor");
		assertThat(Taxonomy.certifications()).allSatisfy((type) -> assertThat(type.issuers()).isNotEmpty());
	}

	@Test
	void refusesUnknownCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Taxonomy.skill("psy.unknown"));
		assertThatIllegalArgumentException().isThrownBy(() -> Taxonomy.certification("driving-licence"));
	}

}
