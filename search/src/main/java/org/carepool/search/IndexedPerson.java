package org.carepool.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the indexer writes for a person: the {@link PersonDocument} plus the inputs of the
 * name suggester, which the index keeps out of {@code _source}.
 */
public final class IndexedPerson {

	private static final ObjectMapper json = SearchJson.objectMapper();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private IndexedPerson() {
	}

	/**
	 * The JSON source to index for a person: the document's properties, with dates as
	 * ISO-8601 strings, and {@code suggest} holding its name, pinyin, initials and
	 * variants.
	 * @param person the person's search document
	 * @return the source, ready for any JSON mapper
	 */
	public static Map<String, Object> source(PersonDocument person) {
		Map<String, Object> source = json.convertValue(person, MAP);
		List<String> inputs = suggestInputs(person);
		if (!inputs.isEmpty()) {
			source.put(FieldNames.SUGGEST, Map.of("input", inputs));
		}
		return source;
	}

	/**
	 * The distinct, non-blank ways a person's name is typed, in the order name, pinyin,
	 * initials, variants.
	 * @param person the person's search document
	 * @return the suggester's inputs
	 */
	public static List<String> suggestInputs(PersonDocument person) {
		Set<String> inputs = new LinkedHashSet<>();
		add(inputs, person.name());
		add(inputs, person.namePinyin());
		add(inputs, person.nameInitials());
		if (person.nameVariants() != null) {
			person.nameVariants().forEach((variant) -> add(inputs, variant));
		}
		return new ArrayList<>(inputs);
	}

	private static void add(Set<String> inputs, String input) {
		if (input != null && !input.isBlank()) {
			inputs.add(input.strip());
		}
	}

}
