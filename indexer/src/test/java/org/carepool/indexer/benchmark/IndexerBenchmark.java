package org.carepool.indexer.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.indexer.testing.IndexerProcess;
import org.carepool.indexer.testing.RunningRegistry;
import org.carepool.indexer.testing.SearchIndex;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;
import org.carepool.search.IndexedPerson;
import org.carepool.search.PeopleIndexDefinition;
import org.carepool.search.PersonDocument;
import org.carepool.search.SearchJson;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * A benchmark, not a test: the indexer as its own JVM against the real registry (loaded
 * with 100,000 generated people), issuer and Elasticsearch. It prints commit → searchable
 * latency at 50 changes/s for 60 s, a full rebuild's documents per second next to the raw
 * bulk rate of the same documents in the same run, and the indexer's peak heap. Run it
 * with
 * {@code ./mvnw -pl local,search,identity,registry,indexer verify -Dsurefire.excludedGroups=none
 * -Dgroups=benchmark -Dtest=IndexerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbenchmark.people}, {@code -Dbenchmark.rate}, {@code -Dbenchmark.seconds}
 * change the load).
 */
@Tag("benchmark")
class IndexerBenchmark {

	private static final int PEOPLE = Integer.getInteger("benchmark.people", 100_000);

	private static final int RATE = Integer.getInteger("benchmark.rate", 50);

	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);

	private static final ObjectMapper json = SearchJson.objectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void measuresTheIndexer() throws Exception {
		LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
		SearchIndex index = SearchIndex.on(elasticsearch);
		index.reset();
		long loading = System.nanoTime();
		RunningRegistry registry = RunningRegistry.start("benchmark", PEOPLE);
		long loadSeconds = (System.nanoTime() - loading) / 1_000_000_000;
		IndexerProcess indexer = IndexerProcess.start(registry, elasticsearch);
		AtomicLong peakHeap = new AtomicLong();
		ScheduledExecutorService heap = Executors.newSingleThreadScheduledExecutor();
		heap.scheduleAtFixedRate(() -> sampleHeap(indexer, peakHeap), 0, 250, TimeUnit.MILLISECONDS);
		try {
			long backlogStarted = System.nanoTime();
			long horizon = registry.horizon();
			await().atMost(Duration.ofMinutes(20))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> position(indexer) >= horizon);
			double backlogSeconds = (System.nanoTime() - backlogStarted) / 1e9;
			Map<String, double[]> before = batchMetrics(indexer);
			Map<Double, Double> delaysBefore = histogram(indexer, "indexer_change_delay_seconds");
			JsonNode refreshesBefore = refreshes(index);
			List<Double> watcherSearches = java.util.Collections.synchronizedList(new ArrayList<>());
			double[] latencies = commitToSearchable(registry, index, watcherSearches);
			Map<String, double[]> after = batchMetrics(indexer);
			Map<Double, Double> delays = minus(histogram(indexer, "indexer_change_delay_seconds"), delaysBefore);
			JsonNode refreshesAfter = refreshes(index);
			JsonNode rebuild = rebuild(indexer);
			double rebuildRate = rebuild.path("documents").asDouble() / rebuild.path("backfillSeconds").asDouble();
			// The same rebuild reading the snapshot in two ranges at once, to compare.
			indexer.stop();
			IndexerProcess twoReaders = IndexerProcess.start(registry, elasticsearch,
					Map.of("indexer.rebuild.readers", "2"));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> read(twoReaders.call("GET", "/actuator/health")).at("/components/feed/details/leader")
					.asBoolean());
			JsonNode parallel = rebuild(twoReaders);
			double parallelRate = parallel.path("documents").asDouble() / parallel.path("backfillSeconds").asDouble();
			twoReaders.kill();
			double[] raw = rawBulkRate(registry, elasticsearch);
			Arrays.sort(latencies);
			System.out.printf("%nIndexer benchmark: %,d people in the registry (loaded in %d s), 2-core machine%n",
					PEOPLE, loadSeconds);
			System.out.printf("  backlog of %,d changes applied in %.1f s (%.0f changes/s)%n", horizon, backlogSeconds,
					horizon / backlogSeconds);
			System.out.printf(
					"  commit -> searchable at %d changes/s for %d s (n=%d): p50 %.0f ms  p95 %.0f ms  p99 %.0f ms"
							+ "  max %.0f ms%n",
					RATE, SECONDS, latencies.length, percentile(latencies, 50), percentile(latencies, 95),
					percentile(latencies, 99), latencies[latencies.length - 1]);
			double batches = delta(before, after, "indexer.batch.latency")[0];
			System.out.printf(
					"  the indexer meanwhile: %.0f batches of %.1f changes; per batch %.0f ms = documents fetched in %.0f ms"
							+ " + bulk %.0f ms + checkpoint %.0f ms (means)%n",
					batches, delta(before, after, "indexer.batch.size")[1] / batches,
					mean(before, after, "indexer.batch.latency"), mean(before, after, "indexer.documents.fetch"),
					mean(before, after, "indexer.bulk.latency"), mean(before, after, "indexer.checkpoint.latency"));
			System.out.printf(
					"  registry's change -> applied to the index (indexer.change.delay): mean %.0f ms, p50 <= %.0f ms,"
							+ " p95 <= %.0f ms, p99 <= %.0f ms%n",
					mean(before, after, "indexer.change.delay"), bucket(delays, 0.50), bucket(delays, 0.95),
					bucket(delays, 0.99));
			double refreshCount = refreshesAfter.path("total").asDouble() - refreshesBefore.path("total").asDouble();
			double[] searches = watcherSearches.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			System.out.printf(
					"  Elasticsearch refreshed %.0f times, %.0f ms each (mean); the watcher's searches took p50 %.0f ms,"
							+ " p95 %.0f ms%n",
					refreshCount,
					(refreshesAfter.path("total_time_in_millis").asDouble()
							- refreshesBefore.path("total_time_in_millis").asDouble()) / Math.max(1, refreshCount),
					percentile(searches, 50), percentile(searches, 95));
			System.out.printf("  full rebuild: %,d documents back-filled at %.0f documents/s (whole rebuild %s)%n",
					rebuild.path("documents").asLong(), rebuildRate, rebuild.path("finishedAt").asText());
			System.out.printf("  the same rebuild reading the snapshot in two ranges at once: %.0f documents/s%n",
					parallelRate);
			System.out.printf(
					"  raw bulk of the same %,.0f documents: %.0f documents/s -> rebuild/raw = %.2f (two ranges: %.2f)%n",
					raw[0], raw[1], rebuildRate / raw[1], parallelRate / raw[1]);
			System.out.printf("  indexer peak heap (sampled): %,d MiB%n%n", peakHeap.get() / (1024 * 1024));
		}
		finally {
			heap.shutdownNow();
			indexer.kill();
			registry.stop();
		}
	}

	private double[] commitToSearchable(RunningRegistry registry, SearchIndex index, List<Double> watcherSearches)
			throws Exception {
		String token = RunningIdentity.shared().userToken("coordinator");
		// People searches find, so that each change shows up in the index.
		JsonNode page = read(index.send(Account.REGISTRY, "POST", "/people/_search",
				"{\"size\": 1000, \"_source\": false, \"query\": {\"term\": {\"status\": \"ACTIVE\"}}}"));
		List<String> ids = new ArrayList<>();
		page.path("hits").path("hits").forEach((hit) -> ids.add(hit.get("_id").asText()));
		Map<String, Long> pending = new ConcurrentHashMap<>();
		Map<String, JsonNode> people = new ConcurrentHashMap<>();
		Map<String, String> etags = new ConcurrentHashMap<>();
		List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicInteger sequence = new AtomicInteger();
		java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>();
		ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
		ExecutorService watcher = Executors.newSingleThreadExecutor();
		java.util.concurrent.atomic.AtomicBoolean watching = new java.util.concurrent.atomic.AtomicBoolean(true);
		watcher.execute(() -> {
			while (watching.get() || !pending.isEmpty()) {
				List<String> names = List.copyOf(pending.keySet());
				if (!names.isEmpty()) {
					String terms = String.join("\",\"", names);
					long searching = System.nanoTime();
					HttpResponse<String> found = index.send(Account.REGISTRY, "POST", "/people/_search",
							"{\"size\": 1000, \"_source\": [\"name\"], \"query\": {\"terms\": {\"name.keyword\": [\""
									+ terms + "\"]}}}");
					long now = System.nanoTime();
					watcherSearches.add((now - searching) / 1e6);
					SearchIndex.read(found).path("hits").path("hits").forEach((hit) -> {
						Long committed = pending.remove(hit.at("/_source/name").asText());
						if (committed != null) {
							latencies.add((now - committed) / 1e6);
						}
					});
				}
				sleep(50);
			}
		});
		long period = 1_000_000 / RATE;
		// The clock only hands out changes; workers make them, so a slow update does not
		// lower the rate.
		ExecutorService workers = Executors.newFixedThreadPool(16);
		var task = load.scheduleAtFixedRate(() -> workers.execute(() -> {
			int n = sequence.incrementAndGet();
			String id = ids.get(n % ids.size());
			String name = "基准" + n;
			try {
				// The ETag of the last update saves reading the person again.
				JsonNode person = people.computeIfAbsent(id, (key) -> {
					HttpResponse<String> read = send(registry.uri(), token, "GET", "/api/people/" + key, null, null);
					etags.put(key, read.headers().firstValue("ETag").orElseThrow());
					return read(read);
				});
				String body = "{\"name\": \"" + name + "\", \"servedStreets\": " + person.path("servedStreets")
						+ ", \"types\": " + person.path("types") + ", \"monthlyCapacityHours\": "
						+ person.path("monthlyCapacityHours") + "}";
				HttpResponse<String> changed = send(registry.uri(), token, "PUT", "/api/people/" + id, body,
						etags.get(id));
				if (changed.statusCode() == 200) {
					pending.put(name, System.nanoTime());
					etags.put(id, changed.headers().firstValue("ETag").orElseThrow());
				}
				else {
					failure.compareAndSet(null, changed.statusCode() + " " + changed.body());
				}
			}
			catch (RuntimeException ex) {
				// A conflicting concurrent update of the same person is skipped.
			}
		}), 0, period, TimeUnit.MICROSECONDS);
		Thread.sleep(SECONDS * 1000L);
		task.cancel(false);
		load.shutdown();
		load.awaitTermination(30, TimeUnit.SECONDS);
		workers.shutdown();
		workers.awaitTermination(30, TimeUnit.SECONDS);
		System.out.printf("  (%d changes made in %d s)%n", sequence.get(), SECONDS);
		Instant deadline = Instant.now().plusSeconds(30);
		while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
			sleep(100);
		}
		watching.set(false);
		pending.clear();
		watcher.shutdown();
		watcher.awaitTermination(10, TimeUnit.SECONDS);
		if (latencies.size() < SECONDS * RATE / 2) {
			throw new IllegalStateException("Only " + latencies.size() + " of " + sequence.get()
					+ " changes were committed and found; the first refused update: " + failure.get());
		}
		return latencies.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private JsonNode rebuild(IndexerProcess indexer) {
		indexer.call("POST", "/admin/rebuild");
		await().atMost(Duration.ofMinutes(30))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> !read(indexer.call("GET", "/admin/rebuild")).path("state").asText().equals("running"));
		JsonNode status = read(indexer.call("GET", "/admin/rebuild"));
		if (!status.path("state").asText().equals("succeeded")) {
			throw new IllegalStateException("The rebuild failed: " + status);
		}
		return status;
	}

	/**
	 * Bulk-loads the same documents straight from memory into a fresh index with the same
	 * rebuild settings, bulk size and requests in flight.
	 * @return the number of documents and the rate
	 */
	private double[] rawBulkRate(RunningRegistry registry, LocalElasticsearch elasticsearch) throws Exception {
		String token = RunningIdentity.shared()
			.clientCredentialsToken("indexer", "indexer-local-secret", "registry.feed");
		List<PersonDocument> documents = new ArrayList<>();
		long reading = System.nanoTime();
		String after = null;
		do {
			JsonNode snapshot = read(send(registry.uri(), token, "GET",
					"/internal/search-documents?limit=1000" + ((after != null) ? "&after=" + after : ""), null, null));
			for (JsonNode document : snapshot.path("documents")) {
				documents.add(json.treeToValue(document, PersonDocument.class));
			}
			after = snapshot.path("next").isTextual() ? snapshot.get("next").asText() : null;
		}
		while (after != null);
		System.out.printf("  reading the registry's snapshot alone, page by page: %.0f documents/s%n",
				documents.size() / ((System.nanoTime() - reading) / 1e9));
		Header authorization = new BasicHeader(HttpHeaders.AUTHORIZATION,
				elasticsearch.credentials(Account.INDEXER).basicAuthorization());
		RestClient rest = RestClient.builder(HttpHost.create(elasticsearch.uri().toString()))
			.setDefaultHeaders(new Header[] { authorization })
			.build();
		ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, SearchJson.jsonpMapper()));
		String target = PeopleIndexDefinition.current().createForRebuild(client, Instant.now());
		ExecutorService writers = Executors.newFixedThreadPool(2);
		long started = System.nanoTime();
		List<java.util.concurrent.Future<?>> writes = new ArrayList<>();
		for (int from = 0; from < documents.size(); from += 1000) {
			List<PersonDocument> chunk = documents.subList(from, Math.min(documents.size(), from + 1000));
			writes.add(writers.submit(() -> {
				client.bulk((bulk) -> {
					chunk.forEach(
							(document) -> bulk.operations((operation) -> operation.index((write) -> write.index(target)
								.id(document.id())
								.version(document.version())
								.versionType(VersionType.ExternalGte)
								.document(IndexedPerson.json(document)))));
					return bulk;
				});
				return null;
			}));
		}
		for (var write : writes) {
			write.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		writers.shutdown();
		client.indices().delete((delete) -> delete.index(target));
		rest.close();
		return new double[] { documents.size(), documents.size() / seconds };
	}

	/**
	 * The count and total of the indexer's batch timers and summaries, to tell where a
	 * batch's time goes.
	 */
	private static Map<String, double[]> batchMetrics(IndexerProcess indexer) {
		Map<String, double[]> metrics = new java.util.HashMap<>();
		for (String name : List.of("indexer.batch.latency", "indexer.batch.size", "indexer.documents.fetch",
				"indexer.bulk.latency", "indexer.checkpoint.latency", "indexer.change.delay")) {
			double[] values = new double[2];
			for (JsonNode measurement : read(indexer.call("GET", "/actuator/metrics/" + name)).path("measurements")) {
				switch (measurement.path("statistic").asText()) {
					case "COUNT" -> values[0] = measurement.path("value").asDouble();
					case "TOTAL", "TOTAL_TIME" -> values[1] = measurement.path("value").asDouble();
					default -> {
					}
				}
			}
			metrics.put(name, values);
		}
		return metrics;
	}

	/**
	 * A timer's cumulative histogram from the Prometheus endpoint: upper bound in seconds
	 * to count.
	 */
	private static Map<Double, Double> histogram(IndexerProcess indexer, String name) {
		Map<Double, Double> buckets = new java.util.TreeMap<>();
		java.util.regex.Pattern line = java.util.regex.Pattern
			.compile("^" + name + "_bucket\\{.*le=\"([^\"]+)\".*\\} ([0-9.eE+]+)$");
		for (String text : indexer.call("GET", "/actuator/prometheus").body().split("\n")) {
			java.util.regex.Matcher bucket = line.matcher(text);
			if (bucket.matches() && !bucket.group(1).equals("+Inf")) {
				buckets.put(Double.parseDouble(bucket.group(1)), Double.parseDouble(bucket.group(2)));
			}
		}
		return buckets;
	}

	private static Map<Double, Double> minus(Map<Double, Double> after, Map<Double, Double> before) {
		Map<Double, Double> difference = new java.util.TreeMap<>();
		after.forEach((bound, count) -> difference.put(bound, count - before.getOrDefault(bound, 0.0)));
		return difference;
	}

	/** The upper bound in milliseconds of the bucket that holds a quantile. */
	private static double bucket(Map<Double, Double> cumulative, double quantile) {
		double total = cumulative.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
			if (bucket.getValue() >= quantile * total) {
				return bucket.getKey() * 1000;
			}
		}
		return Double.NaN;
	}

	private static JsonNode refreshes(SearchIndex index) {
		return read(index.send(Account.ADMIN, "GET", "/people/_stats/refresh", null)).at("/_all/primaries/refresh");
	}

	private static double[] delta(Map<String, double[]> before, Map<String, double[]> after, String name) {
		return new double[] { after.get(name)[0] - before.get(name)[0], after.get(name)[1] - before.get(name)[1] };
	}

	/** The mean time in milliseconds between two readings of a timer. */
	private static double mean(Map<String, double[]> before, Map<String, double[]> after, String name) {
		double[] delta = delta(before, after, name);
		return (delta[0] > 0) ? delta[1] * 1000 / delta[0] : 0;
	}

	private static long position(IndexerProcess indexer) {
		return read(indexer.call("GET", "/actuator/health")).at("/components/feed/details/position").asLong();
	}

	private static void sampleHeap(IndexerProcess indexer, AtomicLong peak) {
		try {
			JsonNode used = read(indexer.call("GET", "/actuator/metrics/jvm.memory.used?tag=area:heap"));
			peak.accumulateAndGet((long) used.at("/measurements/0/value").asDouble(), Math::max);
		}
		catch (RuntimeException ex) {
			// The indexer is busy or stopping; the next sample counts.
		}
	}

	private HttpResponse<String> send(URI base, String token, String method, String path, String body, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(60))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode read(HttpResponse<String> response) {
		return SearchIndex.read(response);
	}

	private static double percentile(double[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
