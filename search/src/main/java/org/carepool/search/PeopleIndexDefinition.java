package org.carepool.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.PutIndicesSettingsRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The settings and mapping of the people index, one version of them, read from
 * {@code people-index-v{n}.json} next to this class, and how to create a physical index
 * ({@code people-v{n}-{timestamp}}) from them.
 */
public final class PeopleIndexDefinition {

	/** The version of the settings and mapping this code reads and writes. */
	public static final int CURRENT_VERSION = 2;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS")
		.withZone(ZoneOffset.UTC);

	/**
	 * What a rebuild changes while it bulk-loads a new index: no replicas and no
	 * refreshes until it is done.
	 */
	private static final Map<String, Object> REBUILD_SETTINGS = Map.of("refresh_interval", "-1", "auto_expand_replicas",
			"false", "number_of_replicas", 0);

	private final ObjectMapper json = new ObjectMapper();

	private final int version;

	private final ObjectNode definition;

	private PeopleIndexDefinition(int version, ObjectNode definition) {
		this.version = version;
		this.definition = definition;
	}

	/**
	 * The definition this code is written for.
	 * @return version {@value #CURRENT_VERSION} of the definition
	 */
	public static PeopleIndexDefinition current() {
		return of(CURRENT_VERSION);
	}

	/**
	 * One version of the definition.
	 * @param version the version
	 * @return the definition
	 * @throws IllegalArgumentException if there is no such version
	 */
	public static PeopleIndexDefinition of(int version) {
		String resource = resourceName(version);
		try (InputStream in = PeopleIndexDefinition.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("There is no people index definition " + resource);
			}
			ObjectNode definition = (ObjectNode) new ObjectMapper().readTree(in);
			int declared = definition.path("mappings").path("_meta").path("mappingVersion").asInt();
			if (declared != version) {
				throw new IllegalStateException(resource + " declares mapping version " + declared);
			}
			return new PeopleIndexDefinition(version, definition);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the people index definition " + resource, ex);
		}
	}

	private static String resourceName(int version) {
		return "people-index-v" + version + ".json";
	}

	/**
	 * The version of this definition.
	 * @return the version
	 */
	public int version() {
		return this.version;
	}

	/**
	 * The definition as a create-index body: {@code settings} and {@code mappings}.
	 * @return the JSON text
	 */
	public String json() {
		return this.definition.toString();
	}

	/**
	 * The name of a new physical index of this version, such as
	 * {@code people-v1-20250301083000123}; names sort in the order they were made.
	 * @param now when the index is made
	 * @return the name
	 */
	public String newIndexName(Instant now) {
		return indexPrefix() + TIMESTAMP.format(now);
	}

	/**
	 * The pattern that matches every physical index of this version.
	 * @return the pattern, such as {@code people-v1-*}
	 */
	public String indexPattern() {
		return indexPrefix() + "*";
	}

	private String indexPrefix() {
		return PeopleIndex.PHYSICAL_PREFIX + this.version + "-";
	}

	/**
	 * Creates a physical index ready to serve searches.
	 * @param client a client that may create {@code people-*} indices
	 * @param now when the index is made
	 * @return the name of the new index
	 * @throws IOException if Elasticsearch cannot be reached
	 */
	public String create(ElasticsearchClient client, Instant now) throws IOException {
		String index = newIndexName(now);
		client.indices().create(createRequest(index, Map.of()));
		return index;
	}

	/**
	 * Creates a physical index to bulk-load in a rebuild: without replicas and refreshes
	 * until {@link #restoreServingSettings} is called.
	 * @param client a client that may create {@code people-*} indices
	 * @param now when the index is made
	 * @return the name of the new index
	 * @throws IOException if Elasticsearch cannot be reached
	 */
	public String createForRebuild(ElasticsearchClient client, Instant now) throws IOException {
		String index = newIndexName(now);
		client.indices().create(createRequest(index, REBUILD_SETTINGS));
		return index;
	}

	/**
	 * Puts back the settings a rebuild changed (refresh interval and replicas) to what
	 * this definition says.
	 * @param client a client that may manage {@code people-*} indices
	 * @param index the physical index
	 * @throws IOException if Elasticsearch cannot be reached
	 */
	public void restoreServingSettings(ElasticsearchClient client, String index) throws IOException {
		client.indices().putSettings(servingSettingsRequest(index));
	}

	/**
	 * The request that creates a physical index from this definition.
	 * @param index the name of the physical index
	 * @param overrides index settings that replace the definition's, such as
	 * {@code refresh_interval}
	 * @return the request
	 */
	public CreateIndexRequest createRequest(String index, Map<String, Object> overrides) {
		ObjectNode body = this.definition.deepCopy();
		ObjectNode settings = ((ObjectNode) body.get("settings")).withObjectProperty("index");
		overrides.forEach((name, value) -> settings.set(name, this.json.valueToTree(value)));
		return CreateIndexRequest.of((create) -> create.index(index).withJson(new StringReader(body.toString())));
	}

	private PutIndicesSettingsRequest servingSettingsRequest(String index) {
		JsonNode defined = this.definition.path("settings").path("index");
		ObjectNode settings = JsonNodeFactory.instance.objectNode();
		REBUILD_SETTINGS.keySet().forEach((name) -> settings.set(name, defined.get(name)));
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.set("index", settings);
		return PutIndicesSettingsRequest.of((put) -> put.index(index).withJson(new StringReader(body.toString())));
	}

}
