package org.carepool.ui.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reference data (streets, skills, categories) as labels in the reader's language.
 */
public final class Labels {

	private Labels() {
	}

	/**
	 * The labels by code.
	 * @param terms the registry's terms, each with {@code code}, {@code nameZh},
	 * {@code nameEn}
	 * @param locale the reader's language
	 * @return the labels, in the registry's order
	 */
	public static Map<String, String> of(List<Map<String, Object>> terms, Locale locale) {
		String field = locale.getLanguage().equals("en") ? "nameEn" : "nameZh";
		Map<String, String> labels = new LinkedHashMap<>();
		for (Map<String, Object> term : terms) {
			labels.put(String.valueOf(term.get("code")), String.valueOf(term.getOrDefault(field, term.get("code"))));
		}
		return labels;
	}

}
