package org.carepool.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
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
		return json.convertValue(Source.of(person), MAP);
	}

	/**
	 * The same source as {@link #source}, serialised once, for bulk writes that should
	 * not build a map of every document first.
	 * @param person the person's search document
	 * @return the source as JSON
	 */
	public static BinaryData json(PersonDocument person) {
		try {
			return BinaryData.of(json.writeValueAsBytes(Source.of(person)), ContentType.APPLICATION_JSON);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Could not write the search document of " + person.id(), ex);
		}
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

	/**
	 * What is indexed: the document and the suggester's inputs beside its properties.
	 */
	private record Source(@JsonUnwrapped PersonDocument person,
			@JsonProperty(FieldNames.SUGGEST) @JsonInclude(JsonInclude.Include.NON_NULL) Suggest suggest) {

		static Source of(PersonDocument person) {
			List<String> inputs = suggestInputs(person);
			return new Source(person, inputs.isEmpty() ? null : new Suggest(inputs));
		}

	}

	/**
	 * The inputs of the name suggester.
	 */
	private record Suggest(List<String> input) {
	}

	private static void add(Set<String> inputs, String input) {
		if (input != null && !input.isBlank()) {
			inputs.add(input.strip());
		}
	}

}
