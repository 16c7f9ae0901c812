package org.carepool.registry.privacy;

import java.text.Normalizer;

/**
 * Normalisation shared by the private values: full-width forms become ASCII and every
 * kind of space disappears, so that what people paste from office documents reads as what
 * they meant.
 */
final class Text {

	private Text() {
	}

	static String compatible(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC);
	}

	static String withoutSpaces(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter((codePoint) -> !isSpace(codePoint)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '\u200B'
				|| codePoint == '\uFEFF';
	}

	static boolean isBlank(String text) {
		return text == null || text.codePoints().allMatch(Text::isSpace);
	}

}
