package org.carepool.registry.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import com.jayway.jsonpath.JsonPath;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.registry.RealServices;
import org.carepool.registry.synthetic.SyntheticPeople;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A benchmark, not a test: loads 100,000 generated people into the real PostgreSQL
 * server, then times create, read, update and list through the HTTP API with a real
 * token, single client, and prints p50/p95/p99 and the peak heap. Run it with
 * {@code ./mvnw -pl registry -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark
 * -Dtest=RegistryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RealServices.class)
class RegistryBenchmark {

	private static final int PEOPLE = Integer.getInteger("benchmark.people", 100_000);

	private static final int OPERATIONS = Integer.getInteger("benchmark.operations", 2_000);

	private static final RunningIdentity issuer = RunningIdentity.shared();

	@LocalServerPort
	private int port;

	@Autowired
	private SyntheticPeople synthetic;

	@Autowired
	private JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Random random = new Random(42);

	@DynamicPropertySource
	static void trustTheIssuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuer);
	}

	@Test
	void measuresTheRegistryWithAHundredThousandPeople() throws Exception {
		Integer existing = this.jdbc.queryForObject("select count(*) from person", Integer.class);
		long loadStarted = System.nanoTime();
		List<UUID> ids = this.synthetic.load(7_000_000 + existing, PEOPLE);
		long loadMillis = (System.nanoTime() - loadStarted) / 1_000_000;
		this.jdbc.execute("analyze");
		String token = issuer.userToken("coordinator");
		List<String> created = new ArrayList<>();
		// Warm up the JIT and the connection pool before measuring.
		for (int i = 0; i < 300; i++) {
			send(token, "GET", "/api/people/" + ids.get(this.random.nextInt(ids.size())), null, null);
			send(token, "GET", "/api/people?limit=20&street=changzheng-town", null, null);
		}
		double[] create = time(OPERATIONS, (i) -> {
			HttpResponse<String> response = send(token, "POST", "/api/people", newPerson(i), null);
			created.add(JsonPath.read(response.body(), "$.id"));
			return response;
		});
		double[] read = time(OPERATIONS,
				(i) -> send(token, "GET", "/api/people/" + ids.get(this.random.nextInt(ids.size())), null, null));
		double[] update = time(OPERATIONS / 2, (i) -> {
			String id = created.get(i);
			HttpResponse<String> current = send(token, "GET", "/api/people/" + id, null, null);
			String etag = current.headers().firstValue("ETag").orElseThrow();
			return send(token, "PUT", "/api/people/" + id, newPerson(OPERATIONS + i), etag);
		});
		String[] streets = { "changzheng-town", "taopu-town", "wanli", "ganquan-road" };
		double[] list = time(OPERATIONS, (i) -> send(token, "GET", "/api/people?limit=20&status=ACTIVE&street="
				+ streets[i % streets.length] + ((i % 3 == 0) ? "&skill=care.visiting&minLevel=2" : ""), null, null));
		System.out.printf("%nRegistry benchmark: %,d people in PostgreSQL (loaded in %,d ms), %,d operations each, "
				+ "single client over HTTP with a real token%n", PEOPLE + existing, loadMillis, OPERATIONS);
		print("create", create);
		print("read", read);
		print("update (GET+PUT)", update);
		print("list (filtered page)", list);
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		System.out.printf("peak heap (registry, benchmark client and in-process issuer in one JVM): %,d MiB%n%n",
				peak / (1024 * 1024));
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private double[] time(int count, IntFunction<HttpResponse<String>> operation) {
		double[] millis = new double[count];
		for (int i = 0; i < count; i++) {
			long started = System.nanoTime();
			HttpResponse<String> response = operation.apply(i);
			millis[i] = (System.nanoTime() - started) / 1_000_000.0;
			if (response.statusCode() >= 300) {
				throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
			}
		}
		return millis;
	}

	private HttpResponse<String> send(String token, String method, String path, String body, String ifMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
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

	private static String newPerson(int i) {
		return """
				{"name": "基准%d", "phone": "1%010d", "servedStreets": ["changzheng-town"], "types": ["VOLUNTEER"],
				 "skills": [{"code": "care.visiting", "level": 3, "years": 2}],
				 "availability": [{"start": 540, "end": 720}], "monthlyCapacityHours": 8}
				""".formatted(i, 5_000_000_000L + System.nanoTime() % 1_000_000_000L + i);
	}

	private static void print(String name, double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf("  %-22s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   (n=%d)%n", name, percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99), sorted.length);
	}

	private static double percentile(double[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
