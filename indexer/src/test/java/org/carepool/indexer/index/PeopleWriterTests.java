package org.carepool.indexer.index;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.carepool.indexer.testing.FlakyProxy;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.search.PeopleIndexDefinition;
import org.carepool.search.PersonDocument;
import org.carepool.search.SearchJson;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PeopleWriter} on the real Elasticsearch server, as the indexer's
 * account.
 */
class PeopleWriterTests {

	private static final IndexProperties properties = new IndexProperties(100, 2, 4, Duration.ofMillis(20),
			Duration.ofMillis(200));

	private static ElasticsearchClient client;

	private static String index;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final PeopleWriter writer = new PeopleWriter(client, properties, this.meters);

	@BeforeAll
	static void createAnIndex() throws IOException {
		client = connect(LocalElasticsearch.shared().uri());
		index = PeopleIndexDefinition.current().create(client, Instant.now());
	}

	@AfterAll
	static void deleteTheIndex() throws IOException {
		client.indices().delete((delete) -> delete.index(index));
		client._transport().close();
	}

	@Test
	void writesDocumentsAtTheirVersion() throws IOException {
		PersonDocument person = person(7);
		WriteResult result = this.writer.write(index, List.of(person), Map.of());
		assertThat(result.indexed()).isEqualTo(1);
		assertThat(version(person.id())).isEqualTo(7);
	}

	@Test
	void treatsAnOlderVersionAsSuccessAndKeepsTheNewer() throws IOException {
		PersonDocument person = person(9);
		this.writer.write(index, List.of(person), Map.of());
		WriteResult replay = this.writer.write(index, List.of(person.withVersion(8), person.withVersion(9)), Map.of());
		assertThat(replay.stale()).isEqualTo(1);
		assertThat(replay.indexed()).isEqualTo(1);
		assertThat(replay.rejections()).isEmpty();
		assertThat(version(person.id())).isEqualTo(9);
	}

	@Test
	void keepsADeletedPersonDeletedAgainstAnOlderWrite() throws IOException {
		PersonDocument person = person(3);
		this.writer.write(index, List.of(person), Map.of());
		WriteResult deleted = this.writer.write(index, List.of(), Map.of(person.id(), 5L));
		assertThat(deleted.deleted()).isEqualTo(1);
		WriteResult stale = this.writer.write(index, List.of(person.withVersion(4)), Map.of());
		assertThat(stale.stale()).isEqualTo(1);
		assertThat(version(person.id())).isNull();
	}

	@Test
	void rejectsADocumentThatDoesNotFitTheMappingAndWritesTheRest() throws IOException {
		PersonDocument good = person(2);
		PersonDocument bad = new PersonDocument(UUID.randomUUID().toString(), 2, List.of("VOLUNTEER"), "ACTIVE", "王晓明",
				null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null,
				new PersonDocument.GeoPoint(200, 500), List.of(), List.of(), 8, 0, 0, 0, null, List.of(), true, null,
				false, Instant.now(), null);
		WriteResult result = this.writer.write(index, List.of(good, bad), Map.of());
		assertThat(result.indexed()).isEqualTo(1);
		assertThat(result.rejections()).singleElement().satisfies((rejection) -> {
			assertThat(rejection.id()).isEqualTo(bad.id());
			assertThat(rejection.status()).isEqualTo(400);
			assertThat(rejection.errorType()).isNotBlank();
			assertThat(rejection.reason()).doesNotContain("王晓明");
		});
		assertThat(version(good.id())).isEqualTo(2);
		assertThat(this.meters.get("indexer.documents").tag("outcome", "rejected").counter().count()).isEqualTo(1);
	}

	@Test
	void retriesOverloadAndServerErrorsWithBackoff() throws IOException {
		try (FlakyProxy proxy = FlakyProxy.start(LocalElasticsearch.shared().uri())) {
			ElasticsearchClient flaky = connect(proxy.uri());
			PeopleWriter writer = new PeopleWriter(flaky, properties, this.meters);
			proxy.fail("/_bulk", 2, 429);
			PersonDocument person = person(4);
			assertThat(writer.write(index, List.of(person), Map.of()).indexed()).isEqualTo(1);
			assertThat(proxy.failed()).isEqualTo(2);
			proxy.fail("/_bulk", 1, 503);
			assertThat(writer.write(index, List.of(person.withVersion(5)), Map.of()).indexed()).isEqualTo(1);
			assertThat(version(person.id())).isEqualTo(5);
			assertThat(this.meters.get("indexer.bulk.retries").counters()).isNotEmpty();
			flaky._transport().close();
		}
	}

	@Test
	void givesUpOnAnUnavailableServerAfterItsAttempts() throws IOException {
		try (FlakyProxy proxy = FlakyProxy.start(LocalElasticsearch.shared().uri())) {
			ElasticsearchClient flaky = connect(proxy.uri());
			PeopleWriter writer = new PeopleWriter(flaky, properties, this.meters);
			proxy.fail("/_bulk", 100, 503);
			assertThatExceptionOfType(IndexUnavailable.class)
				.isThrownBy(() -> writer.write(index, List.of(person(1)), Map.of()));
			assertThat(proxy.failed()).isEqualTo(properties.attempts());
			flaky._transport().close();
		}
	}

	private static Long version(String id) throws IOException {
		var found = client.get((get) -> get.index(index).id(id), Void.class);
		return found.found() ? found.version() : null;
	}

	private static PersonDocument person(long version) {
		return new PersonDocument(UUID.randomUUID().toString(), version, List.of("VOLUNTEER"), "ACTIVE", "李明", "liming",
				"lm", List.of(), null, null, null, null, List.of(), List.of(), List.of(), List.of(),
				List.of("changzheng-town"), null, null, List.of(), List.of(), 8, 0, 0, 0, null, List.of(), true, null,
				false, Instant.now(), null);
	}

	private static ElasticsearchClient connect(URI uri) {
		Header authorization = new BasicHeader(HttpHeaders.AUTHORIZATION,
				LocalElasticsearch.shared().credentials(Account.INDEXER).basicAuthorization());
		RestClient rest = RestClient.builder(HttpHost.create(uri.toString()))
			.setDefaultHeaders(new Header[] { authorization })
			.build();
		return new ElasticsearchClient(new RestClientTransport(rest, SearchJson.jsonpMapper()));
	}

}
