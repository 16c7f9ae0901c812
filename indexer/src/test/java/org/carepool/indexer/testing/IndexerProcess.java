package org.carepool.indexer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carepool.local.elasticsearch.LocalElasticsearch;
import org.carepool.local.server.FreePorts;
import org.carepool.local.server.ServerProcess;

/**
 * The indexer as a separate JVM on its main class path, so a test can kill it outright
 * ({@code kill -9}) in the middle of its work.
 */
public final class IndexerProcess {

	private final ServerProcess process;

	private final int port;

	private volatile String token;

	private IndexerProcess(ServerProcess process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the indexer and waits until it answers.
	 * @param registry the registry to follow
	 * @param elasticsearch the server to write to
	 * @return the running indexer
	 */
	public static IndexerProcess start(RunningRegistry registry, LocalElasticsearch elasticsearch) {
		return start(registry, elasticsearch, Map.of());
	}

	/**
	 * Starts the indexer with some settings of its own and waits until it answers.
	 * @param registry the registry to follow
	 * @param elasticsearch the server to write to
	 * @param overrides settings that replace or add to {@link RunningIndexer#settings}
	 * @return the running indexer
	 */
	public static IndexerProcess start(RunningRegistry registry, LocalElasticsearch elasticsearch,
			Map<String, String> overrides) {
		int port = FreePorts.next();
		Map<String, String> settings = RunningIndexer.settings(registry, elasticsearch);
		settings.putAll(overrides);
		settings.put("server.port", Integer.toString(port));
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", classPath(),
						"org.carepool.indexer.IndexerApplication"));
		settings.forEach((name, value) -> command.add("--" + name + "=" + value));
		ServerProcess process = ServerProcess.startAsCurrentUser("indexer", command, Map.of(),
				Path.of("target", "indexer-process.log").toAbsolutePath());
		IndexerProcess indexer = new IndexerProcess(process, port);
		process.awaitReady(indexer::answers, Duration.ofMinutes(2));
		return indexer;
	}

	/**
	 * Stops the indexer gracefully, as an operator would: its batch completes and its
	 * leader lease is given back.
	 */
	public void stop() {
		this.process.stop();
	}

	/**
	 * Kills the indexer at once, as a crash or {@code kill -9} would: no shutdown hook,
	 * no graceful stop.
	 */
	public void kill() {
		ProcessHandle.of(this.process.pid()).ifPresent(ProcessHandle::destroyForcibly);
		ProcessHandle.of(this.process.pid()).ifPresent((handle) -> handle.onExit().join());
		this.process.stop();
	}

	/**
	 * Calls one of the indexer's endpoints as the demo administrator.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @return the response
	 */
	public HttpResponse<String> call(String method, String path) {
		if (this.token == null) {
			this.token = org.carepool.identity.testing.RunningIdentity.shared().userToken("admin");
		}
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Authorization", "Bearer " + this.token)
					.method(method, HttpRequest.BodyPublishers.noBody())
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private boolean answers() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/liveness"))
					.timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String classPath() {
		Path dependencies = Path.of("target", "runtime-classpath.txt");
		try {
			return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
					+ Files.readString(dependencies).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No " + dependencies.toAbsolutePath()
					+ "; the build writes it in generate-test-resources (./mvnw -pl indexer verify)", ex);
		}
	}

}
