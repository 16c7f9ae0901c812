package org.carepool.registry.naming;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Tests for {@link NamePinyin}.
 */
class NamePinyinTests {

	@Test
	void spellsACommonNameInFullSyllablesAndInitials() {
		NamePinyin pinyin = NamePinyin.of("王晓明");
		assertThat(pinyin.full()).isEqualTo("wangxiaoming");
		assertThat(pinyin.syllables()).containsExactly("wang", "xiao", "ming");
		assertThat(pinyin.initials()).isEqualTo("wxm");
	}

	@Test
	void offersFullInitialsAndSurnameWithGivenInitialsForSearch() {
		assertThat(NamePinyin.of("王晓明").variants()).containsExactly("wangxiaoming", "wxm", "wangxm");
	}

	@Test
	void readsPolyphonicSurnamesAsSurnames() {
		NamePinyin pinyin = NamePinyin.of("曾小贤");
		assertThat(pinyin.full()).isEqualTo("zengxiaoxian");
		assertThat(pinyin.initials()).isEqualTo("zxx");
		assertThat(NamePinyin.of("单田芳").full()).isEqualTo("shantianfang");
		assertThat(NamePinyin.of("解晓东").full()).isEqualTo("xiexiaodong");
		assertThat(NamePinyin.of("仇英").full()).isEqualTo("qiuying");
	}

	@ParameterizedTest
	@CsvSource({ "曾, zeng", "单, shan", "解, xie", "仇, qiu", "区, ou", "查, zha", "朴, piao", "缪, miao", "盖, ge", "乐, yue",
			"覃, qin", "翟, zhai", "种, chong", "秘, bi", "员, yun", "召, shao", "折, she", "华, hua", "任, ren", "沈, shen",
			"薄, bo", "宁, ning", "纪, ji", "燕, yan", "尉, wei", "重, chong", "繁, po", "句, gou", "乜, nie", "黑, he", "瞿, qu",
			"都, du", "能, nai", "柏, bai", "褚, chu", "阚, kan", "洗, xian", "宿, su", "贲, ben", "长, chang", "單, shan",
			"區, ou", "樸, piao" })
	void readsEveryPolyphonicSurnameTheFamilyWay(String surname, String reading) {
		assertThat(NamePinyin.of(surname + "明").syllables()).containsExactly(reading, "ming");
	}

	@Test
	void readsACompoundSurnameAsOneSurname() {
		NamePinyin pinyin = NamePinyin.of("欧阳娜娜");
		assertThat(pinyin.full()).isEqualTo("ouyangnana");
		assertThat(pinyin.initials()).isEqualTo("oynn");
		assertThat(pinyin.variants()).containsExactly("ouyangnana", "oynn", "ouyangnn");
	}

	@ParameterizedTest
	@CsvSource({ "尉迟恭, yuchigong, yuchig", "万俟卨, moqixie, moqix", "长孙无忌, zhangsunwuji, zhangsunwj",
			"澹台灭明, tantaimieming, tantaimm", "司马光明, simaguangming, simagm", "诸葛亮亮, zhugeliangliang, zhugell",
			"上官婉儿, shangguanwaner, shangguanwe", "令狐冲冲, linghuchongchong, linghucc" })
	void readsCompoundSurnamesThatChangeTheirCharacters(String name, String full, String surnameAndInitials) {
		NamePinyin pinyin = NamePinyin.of(name);
		assertThat(pinyin.full()).isEqualTo(full);
		assertThat(pinyin.variants()).contains(surnameAndInitials);
	}

	@Test
	void readsTheSingleSurnameWhenTheNameIsTooShortForACompound() {
		NamePinyin pinyin = NamePinyin.of("东方");
		assertThat(pinyin.full()).isEqualTo("dongfang");
		assertThat(pinyin.variants()).containsExactly("dongfang", "df", "dongf");
	}

	@Test
	void readsSurnameCharactersInGivenNamesTheUsualWay() {
		assertThat(NamePinyin.of("曾曾").syllables()).containsExactly("zeng", "ceng");
		assertThat(NamePinyin.of("单单").syllables()).containsExactly("shan", "dan");
		assertThat(NamePinyin.of("王长青").full()).isEqualTo("wangchangqing");
		assertThat(NamePinyin.of("李朝阳").full()).isEqualTo("lizhaoyang");
		assertThat(NamePinyin.of("何炅").full()).isEqualTo("hejiong");
	}

	@Test
	void keepsTheLibraryReadingOfOrdinaryGivenNames() {
		assertThat(NamePinyin.of("张乐").full()).isEqualTo("zhangle");
		assertThat(NamePinyin.of("陈行健").full()).isEqualTo("chenxingjian");
	}

	@Test
	void writesUmlautUAsV() {
		assertThat(NamePinyin.of("吕女士").full()).isEqualTo("lvnvshi");
	}

	@Test
	void skipsCharactersWithoutAKnownReading() {
		NamePinyin pinyin = NamePinyin.of("𠮷田");
		assertThat(pinyin.full()).isEqualTo("tian");
		assertThat(pinyin.initials()).isEqualTo("t");
		assertThat(NamePinyin.of("王𠮷明").syllables()).containsExactly("wang", "ming");
		assertThat(NamePinyin.of("王𠮷明").variants()).containsExactly("wangming", "wm", "wangm");
	}

	@Test
	void givesNothingForANameOfUnknownCharactersOnly() {
		NamePinyin pinyin = NamePinyin.of("𠮷");
		assertThat(pinyin.full()).isEmpty();
		assertThat(pinyin.variants()).isEmpty();
	}

	@Test
	void keepsLatinNamesLowerCased() {
		NamePinyin pinyin = NamePinyin.of("Anna Smith");
		assertThat(pinyin.full()).isEqualTo("annasmith");
		assertThat(pinyin.syllables()).containsExactly("anna", "smith");
		assertThat(pinyin.initials()).isEqualTo("as");
		assertThat(pinyin.variants()).containsExactly("annasmith", "as");
	}

	@Test
	void mixesChineseWithLatinLettersAndDigits() {
		NamePinyin pinyin = NamePinyin.of("李Lily2");
		assertThat(pinyin.syllables()).containsExactly("li", "lily2");
		assertThat(pinyin.variants()).containsExactly("lilily2", "ll", "lil");
	}

	@Test
	void readsFullWidthLettersAsLatinLetters() {
		assertThat(NamePinyin.of("ＡＮＮＡ").full()).isEqualTo("anna");
	}

	@Test
	void ignoresSpacesBetweenSurnameAndGivenName() {
		assertThat(NamePinyin.of(" 曾 小贤 ")).isEqualTo(NamePinyin.of("曾小贤"));
	}

	@Test
	void treatsTransliteratedNamesAsHavingNoSurnameInFront() {
		NamePinyin pinyin = NamePinyin.of("单·阿里");
		assertThat(pinyin.syllables()).containsExactly("dan", "a", "li");
		assertThat(pinyin.variants()).containsExactly("danali", "dal");
	}

	@Test
	void printsItsFullPinyin() {
		assertThat(NamePinyin.of("曾小贤")).hasToString("zengxiaoxian");
	}

	@Test
	void cannotChangeItsSyllablesOrVariants() {
		NamePinyin pinyin = NamePinyin.of("王晓明");
		assertThat(pinyin.syllables()).isUnmodifiable();
		assertThat(pinyin.variants()).isUnmodifiable();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "\u3000" })
	void requiresAName(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> NamePinyin.of(name));
	}

	@Test
	void refusesNoName() {
		assertThatNullPointerException().isThrownBy(() -> NamePinyin.of(null));
	}

}
