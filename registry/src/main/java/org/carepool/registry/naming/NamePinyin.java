package org.carepool.registry.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The toneless pinyin of a person's name, with polyphonic and compound surnames read as
 * surnames, and the spellings people type when they search for it.
 */
public final class NamePinyin {

	// Characters that pinyin4j reads first the way they are rarely read in given names.
	private static final Map<String, String> GIVEN_NAME_READINGS = Map.of("长", "chang", "朝", "zhao", "柏", "bai", "蔚",
			"wei", "朴", "pu", "炅", "jiong", "重", "chong");

	// Transliterated names (迪丽热巴·迪力木拉提) have no Chinese surname in front.
	private static final String NAME_SEPARATORS = "\u00B7\u30FB\u2022\u2027\u2219";

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
	}

	private final List<String> syllables;

	private final int surnameSyllables;

	private NamePinyin(List<String> syllables, int surnameSyllables) {
		this.syllables = List.copyOf(syllables);
		this.surnameSyllables = surnameSyllables;
	}

	/**
	 * Spell a name in pinyin.
	 * @param chineseName the name as written, surname first; Latin letters and digits are
	 * kept, characters without a known reading are left out
	 * @return the spelling
	 * @throws IllegalArgumentException when the name is blank
	 */
	public static NamePinyin of(String chineseName) {
		Objects.requireNonNull(chineseName, "A name is required");
		if (chineseName.isBlank()) {
			throw new IllegalArgumentException("A name is required");
		}
		String name = Normalizer.normalize(chineseName, Normalizer.Form.NFKC);
		List<String> tokens = tokens(name);
		List<String> syllables = new ArrayList<>(tokens.size());
		int next = 0;
		int surnameSyllables = 0;
		if (hasSurnameInFront(name, tokens)) {
			List<String> compound = (hanCount(tokens) >= 3) ? Surnames.compound(tokens.get(0) + tokens.get(1)) : null;
			if (compound != null) {
				syllables.addAll(compound);
				next = 2;
			}
			else {
				String single = Surnames.single(tokens.get(0));
				String reading = (single != null) ? single : reading(tokens.get(0));
				if (reading != null) {
					syllables.add(reading);
				}
				next = 1;
			}
			surnameSyllables = syllables.size();
		}
		for (String token : tokens.subList(next, tokens.size())) {
			String syllable = isHan(token) ? givenNameReading(token) : token;
			if (syllable != null) {
				syllables.add(syllable);
			}
		}
		return new NamePinyin(syllables, surnameSyllables);
	}

	private static List<String> tokens(String name) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		name.codePoints().forEach((codePoint) -> {
			if (isHan(codePoint)) {
				flush(word, tokens);
				tokens.add(Character.toString(codePoint));
			}
			else if (Character.isLetterOrDigit(codePoint)) {
				word.appendCodePoint(codePoint);
			}
			else {
				flush(word, tokens);
			}
		});
		flush(word, tokens);
		return tokens;
	}

	private static void flush(StringBuilder word, List<String> tokens) {
		if (!word.isEmpty()) {
			tokens.add(word.toString().toLowerCase(Locale.ROOT));
			word.setLength(0);
		}
	}

	private static boolean hasSurnameInFront(String name, List<String> tokens) {
		return !tokens.isEmpty() && isHan(tokens.get(0))
				&& name.chars().noneMatch((c) -> NAME_SEPARATORS.indexOf(c) >= 0);
	}

	private static int hanCount(List<String> tokens) {
		return (int) tokens.stream().filter(NamePinyin::isHan).count();
	}

	private static boolean isHan(String token) {
		return isHan(token.codePointAt(0));
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static String givenNameReading(String character) {
		String reading = GIVEN_NAME_READINGS.get(character);
		return (reading != null) ? reading : reading(character);
	}

	private static String reading(String character) {
		if (character.length() != 1) {
			return null;
		}
		try {
			String[] readings = PinyinHelper.toHanyuPinyinStringArray(character.charAt(0), FORMAT);
			return (readings != null && readings.length > 0 && !readings[0].isEmpty()) ? readings[0] : null;
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException("Toneless pinyin with v for ü is a valid format", ex);
		}
	}

	/**
	 * The whole name in lower-case toneless pinyin without spaces.
	 * @return for example {@code wangxiaoming}
	 */
	public String full() {
		return String.join("", this.syllables);
	}

	/**
	 * One entry per character read, and one per run of Latin letters or digits.
	 * @return for example {@code [wang, xiao, ming]}
	 */
	public List<String> syllables() {
		return this.syllables;
	}

	/**
	 * The first letter of every syllable.
	 * @return for example {@code wxm}
	 */
	public String initials() {
		return initials(this.syllables);
	}

	/**
	 * The spellings worth indexing for search: the full pinyin, the initials, and the
	 * full surname followed by the initials of the given name.
	 * @return for example {@code [wangxiaoming, wxm, wangxm]}, in that order and without
	 * duplicates
	 */
	public Set<String> variants() {
		Set<String> variants = new LinkedHashSet<>();
		variants.add(full());
		variants.add(initials());
		if (this.surnameSyllables > 0 && this.syllables.size() > this.surnameSyllables) {
			List<String> surname = this.syllables.subList(0, this.surnameSyllables);
			List<String> givenName = this.syllables.subList(this.surnameSyllables, this.syllables.size());
			variants.add(String.join("", surname) + initials(givenName));
		}
		variants.remove("");
		return Collections.unmodifiableSet(variants);
	}

	private static String initials(List<String> syllables) {
		StringBuilder initials = new StringBuilder(syllables.size());
		syllables.forEach((syllable) -> initials.appendCodePoint(syllable.codePointAt(0)));
		return initials.toString();
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof NamePinyin that && this.surnameSyllables == that.surnameSyllables
				&& this.syllables.equals(that.syllables));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.syllables, this.surnameSyllables);
	}

	@Override
	public String toString() {
		return full();
	}

}
