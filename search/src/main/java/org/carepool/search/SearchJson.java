package org.carepool.search;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the index's documents, the same as the registry's: dates and instants
 * as ISO-8601 strings, {@code null} values left out, unknown properties ignored.
 */
public final class SearchJson {

	private SearchJson() {
	}

	/**
	 * A new object mapper that reads and writes search documents.
	 * @return the object mapper
	 */
	public static ObjectMapper objectMapper() {
		return new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.setSerializationInclusion(JsonInclude.Include.NON_NULL);
	}

	/**
	 * A new mapper for the Elasticsearch Java client that reads and writes search
	 * documents in this form.
	 * @return the JSON-P mapper
	 */
	public static JacksonJsonpMapper jsonpMapper() {
		return new JacksonJsonpMapper(objectMapper());
	}

}
