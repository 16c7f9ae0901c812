package org.carepool.search;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.json.JsonContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PeopleIndexDefinition}.
 */
class PeopleIndexDefinitionTests {

	private static final Instant NOW = Instant.parse("2025-03-01T08:30:00.123Z");

	private static ElasticsearchClient indexer;

	private static ElasticsearchClient registry;

	private final PeopleIndexDefinition definition = PeopleIndexDefinition.current();

	private final JsonNode mappings = mappings(this.definition);

	private final List<String> created = new ArrayList<>();

	@BeforeAll
	static void connect() {
		indexer = SearchClients.connect(Account.INDEXER);
		registry = SearchClients.connect(Account.REGISTRY);
	}

	@AfterAll
	static void disconnect() {
		SearchClients.close(indexer);
		SearchClients.close(registry);
	}

	@AfterEach
	void deleteCreatedIndices() throws IOException {
		for (String index : this.created) {
			indexer.indices().delete((delete) -> delete.index(index).ignoreUnavailable(true));
		}
	}

	@Test
	void namesPhysicalIndicesByVersionAndTime() {
		assertThat(this.definition.version()).isEqualTo(2);
		assertThat(this.definition.newIndexName(NOW)).isEqualTo("people-v2-20250301083000123");
		assertThat(this.definition.indexPattern()).isEqualTo("people-v2-*");
		assertThat(this.definition.newIndexName(NOW.plusMillis(1))).isGreaterThan(this.definition.newIndexName(NOW));
	}

	@Test
	void refusesAVersionThatDoesNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> PeopleIndexDefinition.of(99))
			.withMessageContaining("people-index-v99.json");
	}

	@Test
	void definesAStrictMappingWithOneShard() {
		assertThat(this.mappings.path("dynamic").asText()).isEqualTo("strict");
		assertThat(this.mappings.path("_meta").path("mappingVersion").asInt()).isEqualTo(2);
		JsonNode index = settings(this.definition).path("index");
		assertThat(index.path("number_of_shards").asInt()).isEqualTo(1);
		assertThat(index.path("refresh_interval").asText()).isEqualTo("500ms");
		assertThat(index.path("max_result_window").asInt()).isEqualTo(2000);
	}

	@Test
	void mapsEveryPropertyOfTheDocumentItsDerivedFieldsAndTheSuggesterOnly() {
		assertThat(propertyNames(this.mappings))
			.isEqualTo(componentNames(PersonDocument.class, FieldNames.SUGGEST, FieldNames.REMAINING_HOURS_THIS_MONTH));
		Map<String, Class<?>> nested = Map.of(FieldNames.SKILLS, PersonDocument.Skill.class, FieldNames.CERTIFICATIONS,
				PersonDocument.Certification.class, FieldNames.LANGUAGES, PersonDocument.Language.class,
				FieldNames.COMPLETED_BY_CATEGORY, PersonDocument.CategoryCount.class);
		nested.forEach((path, type) -> {
			JsonNode field = this.mappings.path("properties").path(path);
			assertThat(field.path("type").asText()).as(path).isEqualTo("nested");
			assertThat(propertyNames(field)).as(path).isEqualTo(componentNames(type));
		});
	}

	@Test
	void namesOnlyFieldsThatAreMapped() throws IllegalAccessException {
		Map<String, String> unmapped = new HashMap<>();
		for (Field constant : FieldNames.class.getFields()) {
			if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class) {
				String name = (String) constant.get(null);
				if (field(this.mappings, name).isMissingNode()) {
					unmapped.put(constant.getName(), name);
				}
			}
		}
		assertThat(unmapped).isEmpty();
		assertThat(FieldNames.class.getFields()).extracting(Field::getName)
			.contains("NAME_BIGRAM", "SKILL_LEVEL", "AVAILABILITY");
	}

	@Test
	void createsAnIndexTheServerHoldsAsWritten() throws IOException {
		String index = created(this.definition.create(indexer, NOW));
		JsonNode held = SearchClients.get(indexer, "/" + index + "/_mapping").path(index).path("mappings");
		assertThat(new JsonContent<>(getClass(), null, held.toString())).isEqualToJson(this.mappings.toString());
		JsonNode settings = SearchClients.get(indexer, "/" + index + "/_settings?flat_settings=true")
			.path(index)
			.path("settings");
		assertThat(settings.path("index.refresh_interval").asText()).isEqualTo("500ms");
		assertThat(settings.path("index.auto_expand_replicas").asText()).isEqualTo("0-1");
		assertThat(settings.path("index.max_result_window").asText()).isEqualTo("2000");
		assertThat(settings.path("index.analysis.analyzer.carepool_bigram.tokenizer").asText()).isEqualTo("standard");
		assertThat(settings.path("index.analysis.filter.carepool_bigram.output_unigrams").asText()).isEqualTo("false");
		assertThat(settings.has("index.analysis.filter.carepool_bigram.token_separator")).isTrue();
		assertThat(settings.path("index.analysis.filter.carepool_bigram.token_separator").asText()).isEmpty();
	}

	@Test
	void acceptsADocumentAndRefusesUnmappedFields() throws IOException {
		String index = created(this.definition.create(indexer, NOW));
		var indexed = indexer.index((request) -> request.index(index)
			.id(PersonDocuments.WANG_XIAOMING.id())
			.version(PersonDocuments.WANG_XIAOMING.version())
			.versionType(VersionType.ExternalGte)
			.document(IndexedPerson.source(PersonDocuments.WANG_XIAOMING)));
		assertThat(indexed.version()).isEqualTo(1042);
		Map<String, Object> withPhone = new HashMap<>(IndexedPerson.source(PersonDocuments.WANG_XIAOMING));
		withPhone.put("phone", "13800005678");
		assertThatExceptionOfType(ElasticsearchException.class)
			.isThrownBy(() -> indexer.index((request) -> request.index(index).id("with-phone").document(withPhone)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.error().type()).isEqualTo("strict_dynamic_mapping_exception"));
	}

	@Test
	void createsAnIndexForRebuildAndRestoresItsServingSettings() throws IOException {
		String index = created(this.definition.createForRebuild(indexer, NOW));
		String path = "/" + index + "/_settings?flat_settings=true";
		JsonNode rebuilding = SearchClients.get(indexer, path).path(index).path("settings");
		assertThat(rebuilding.path("index.refresh_interval").asText()).isEqualTo("-1");
		assertThat(rebuilding.path("index.number_of_replicas").asText()).isEqualTo("0");
		assertThat(rebuilding.path("index.auto_expand_replicas").asText()).isEqualTo("false");
		this.definition.restoreServingSettings(indexer, index);
		JsonNode serving = SearchClients.get(indexer, path).path(index).path("settings");
		assertThat(serving.path("index.refresh_interval").asText()).isEqualTo("500ms");
		assertThat(serving.path("index.auto_expand_replicas").asText()).isEqualTo("0-1");
	}

	@Test
	void canBeCreatedByTheIndexerButNotByTheRegistry() {
		assertThatExceptionOfType(ElasticsearchException.class)
			.isThrownBy(() -> created(this.definition.create(registry, NOW)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403));
	}

	private String created(String index) {
		this.created.add(index);
		return index;
	}

	private static JsonNode mappings(PeopleIndexDefinition definition) {
		return parse(definition).path("mappings");
	}

	private static JsonNode settings(PeopleIndexDefinition definition) {
		return parse(definition).path("settings");
	}

	private static JsonNode parse(PeopleIndexDefinition definition) {
		try {
			return new ObjectMapper().readTree(definition.json());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A mapped field by its dotted name, through objects, nested objects and
	 * multi-fields.
	 */
	private static JsonNode field(JsonNode mapping, String name) {
		JsonNode field = mapping;
		for (String part : name.split("\\.")) {
			JsonNode property = field.path("properties").path(part);
			field = property.isMissingNode() ? field.path("fields").path(part) : property;
		}
		return field;
	}

	private static Set<String> propertyNames(JsonNode mapping) {
		Set<String> names = new TreeSet<>();
		mapping.path("properties").fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static Set<String> componentNames(Class<?> type, String... more) {
		Set<String> names = Arrays.stream(type.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		names.addAll(List.of(more));
		return names;
	}

}
