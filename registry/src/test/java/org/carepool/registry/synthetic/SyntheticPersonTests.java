package org.carepool.registry.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.carepool.registry.synthetic.SyntheticPerson.Certification;
import org.carepool.registry.synthetic.SyntheticPerson.DateRange;
import org.carepool.registry.synthetic.SyntheticPerson.Gender;
import org.carepool.registry.synthetic.SyntheticPerson.WeeklyRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SyntheticPerson}.
 */
class SyntheticPersonTests {

	@Test
	void refusesWeeklyRangesOutsideTheWeekOrBackwards() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WeeklyRange(-1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new WeeklyRange(10_000, 10_081));
		assertThatIllegalArgumentException().isThrownBy(() -> new WeeklyRange(600, 600));
		assertThat(new WeeklyRange(0, 10_080).endMinute()).isEqualTo(10_080);
	}

	@Test
	void refusesDateRangesThatEndBeforeTheyStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DateRange(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 5)));
		assertThat(new DateRange(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 6)).to())
			.isEqualTo(LocalDate.of(2027, 2, 6));
	}

	@Test
	void keepsCertificatesValidThroughTheirLastDay() {
		Certification certificate = new Certification("nurse-licence", "202031123456", "上海市卫生健康委员会",
				LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), true);
		assertThat(certificate.validOn(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(certificate.validOn(LocalDate.of(2027, 1, 1))).isFalse();
		Certification lifelong = new Certification("social-worker", "2015043100001", "人力资源和社会保障部、民政部",
				LocalDate.of(2015, 6, 1), null, true);
		assertThat(lifelong.validOn(LocalDate.of(2099, 1, 1))).isTrue();
	}

	@Test
	void refusesAPersonWhoServesAsNothing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SyntheticPerson(0, "王晓明", Gender.MALE, 1980, Set.of(), "退休", null, "", "13812345678",
					null, null, "wanli", 31.27, 121.41, List.of("wanli"), List.of(), List.of(), List.of(), List.of(),
					List.of(), 8, true, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), false, List.of()));
	}

}
