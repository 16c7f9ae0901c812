package org.carepool.registry.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.carepool.registry.synthetic.Names.Name;
import org.carepool.registry.synthetic.SyntheticPerson.Gender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Names}.
 */
class NamesTests {

	@Test
	void spellsEveryDrawnNameInLowerCasePinyin() {
		SplittableRandom random = new SplittableRandom(5);
		List<Name> names = IntStream.range(0, 2_000)
			.mapToObj((i) -> Names.draw(random, (i % 2 == 0) ? Gender.FEMALE : Gender.MALE, 1950 + i % 55))
			.toList();
		assertThat(names).allSatisfy((name) -> {
			assertThat(name.chinese()).hasSizeBetween(2, 4);
			assertThat(name.pinyin()).matches("[a-z]+");
		});
	}

	@Test
	void givesOlderAndYoungerPeopleNamesOfTheirTime() {
		SplittableRandom random = new SplittableRandom(8);
		List<String> older = IntStream.range(0, 500)
			.mapToObj((i) -> Names.draw(random, Gender.FEMALE, 1952).chinese())
			.toList();
		List<String> younger = IntStream.range(0, 500)
			.mapToObj((i) -> Names.draw(random, Gender.FEMALE, 2000).chinese())
			.toList();
		assertThat(older).anyMatch((name) -> name.endsWith("秀英")).noneMatch((name) -> name.endsWith("梓涵"));
		assertThat(younger).anyMatch((name) -> name.endsWith("梓涵")).noneMatch((name) -> name.endsWith("秀英"));
	}

	@Test
	void readsPolyphonicSurnamesAsSurnames() {
		assertThat(Names.surnames()).contains(new Name("曾", "zeng"), new Name("单", "shan"), new Name("解", "xie"),
				new Name("仇", "qiu"), new Name("欧阳", "ouyang"));
	}

}
