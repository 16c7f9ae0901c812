package org.carepool.indexer.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.carepool.identity.testing.RunningIdentity;
import org.carepool.indexer.IndexerApplication;
import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.elasticsearch.LocalElasticsearch.Account;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real indexer application, started inside the test JVM with its own
 * {@code application.yaml} and the real registry, issuer and Elasticsearch, writing as
 * the least-privileged indexer account; tests start and close it like a process.
 */
public final class RunningIndexer implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static String adminToken;

	private static long adminTokenAt;

	private final ConfigurableApplicationContext context;

	private RunningIndexer(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * The settings that connect the indexer to real servers, quick to back off and to
	 * stop, for a test JVM or a child process.
	 * @param registry the registry to follow
	 * @param elasticsearch the server to write to
	 * @return the settings
	 */
	public static Map<String, String> settings(RunningRegistry registry, LocalElasticsearch elasticsearch) {
		String issuer = RunningIdentity.shared().issuer();
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.put("indexer.registry.uri", registry.uri().toString());
		settings.put("spring.elasticsearch.uris", elasticsearch.uri().toString());
		settings.put("spring.elasticsearch.username", elasticsearch.credentials(Account.INDEXER).username());
		settings.put("spring.elasticsearch.password", elasticsearch.credentials(Account.INDEXER).password());
		settings.put("spring.security.oauth2.client.provider.carepool.token-uri", issuer + "/oauth2/token");
		settings.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
		settings.put("indexer.feed.poll-wait", "2s");
		settings.put("indexer.feed.retry-max", "2s");
		settings.put("indexer.reconciliation.interval", "0");
		settings.put("indexer.rebuild.old-index-grace", "2s");
		// A killed indexer's lease runs out soon, so the next one takes over quickly.
		settings.put("indexer.leader.lease", "4s");
		settings.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
		settings.put("logging.level.org.carepool.indexer", System.getProperty("indexer.test.log", "INFO"));
		return settings;
	}

	/**
	 * Starts the indexer.
	 * @param registry the registry to follow
	 * @param elasticsearch the server to write to
	 * @param overrides settings that replace or add to {@link #settings}, and
	 * {@code --rebuild} as a key without value
	 * @return the running indexer
	 */
	public static RunningIndexer start(RunningRegistry registry, LocalElasticsearch elasticsearch,
			Map<String, String> overrides) {
		Map<String, String> settings = settings(registry, elasticsearch);
		settings.putAll(overrides);
		List<String> arguments = new ArrayList<>();
		settings.forEach((name, value) -> arguments.add((value == null) ? "--" + name : "--" + name + "=" + value));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
		return new RunningIndexer(context);
	}

	/**
	 * A bean of the running application.
	 * @param <T> its type
	 * @param type its type
	 * @return the bean
	 */
	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/**
	 * The indexer's base URI.
	 * @return such as {@code http://localhost:41234}
	 */
	public URI uri() {
		return URI.create("http://localhost:" + this.context.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Calls one of the indexer's endpoints as the demo administrator.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @return the response
	 */
	public HttpResponse<String> asAdministrator(String method, String path) {
		return call(method, path, adminToken());
	}

	/**
	 * Calls one of the indexer's endpoints.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param token a bearer token, or {@code null} for none
	 * @return the response
	 */
	public HttpResponse<String> call(String method, String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(path))
			.timeout(Duration.ofMinutes(3))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reconciles the index with the registry through the admin endpoint.
	 * @param repair whether to repair the differences
	 * @return the report
	 */
	public JsonNode reconcile(boolean repair) {
		HttpResponse<String> response = asAdministrator("POST", "/admin/reconcile?repair=" + repair);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"Reconciliation answered " + response.statusCode() + ": " + response.body());
		}
		return SearchIndex.read(response);
	}

	/**
	 * The feed position the indexer has applied.
	 * @return the position
	 */
	public long position() {
		return bean(org.carepool.indexer.feed.FeedFollower.class).position();
	}

	/**
	 * Stops the indexer as a deployment would: gracefully.
	 */
	@Override
	public void close() {
		this.context.close();
	}

	private static synchronized String adminToken() {
		if (adminToken == null || System.currentTimeMillis() - adminTokenAt > 300_000) {
			adminToken = RunningIdentity.shared().userToken("admin");
			adminTokenAt = System.currentTimeMillis();
		}
		return adminToken;
	}

}
