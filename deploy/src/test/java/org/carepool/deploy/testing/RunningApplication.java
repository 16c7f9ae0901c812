package org.carepool.deploy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.carepool.local.server.ServerProcess;

/**
 * One of the Carepool applications run from its executable jar as a child process, with
 * settings only from environment variables — the way a container runs it.
 */
public final class RunningApplication implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String module;

	private final int port;

	private final ServerProcess process;

	private RunningApplication(String module, int port, ServerProcess process) {
		this.module = module;
		this.port = port;
		this.process = process;
	}

	/**
	 * Starts an application without waiting for it.
	 * @param module the module, such as {@code registry}
	 * @param port its HTTP port
	 * @param environment its settings
	 * @return the starting application
	 */
	public static RunningApplication start(String module, int port, Map<String, String> environment) {
		Path jar = jar(module);
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m", "-Dfile.encoding=UTF-8", "-jar",
				jar.toString(), "--server.port=" + port);
		ServerProcess process = ServerProcess.startAsCurrentUser(module, command, environment,
				Path.of("target", module + ".log").toAbsolutePath());
		return new RunningApplication(module, port, process);
	}

	/**
	 * Waits until the application reports itself healthy.
	 * @param timeout how long it may take
	 * @return this application
	 */
	public RunningApplication awaitHealthy(Duration timeout) {
		this.process.awaitReady(this::isUp, timeout);
		return this;
	}

	/**
	 * The application's base URI.
	 * @return such as {@code http://localhost:41234}
	 */
	public URI uri() {
		return URI.create("http://localhost:" + this.port);
	}

	/**
	 * Calls the application.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param token a bearer token
	 * @param body a JSON body, or {@code null}
	 * @param headers further headers, name then value
	 * @return the response
	 */
	public HttpResponse<String> call(String method, String path, String token, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path + " on the " + this.module + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The last lines of the application's log, for failure messages.
	 * @return the lines
	 */
	public String log() {
		return this.process.tail(60);
	}

	@Override
	public void close() {
		this.process.stop();
	}

	private boolean isUp() {
		try {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(uri().resolve("/actuator/health")).timeout(Duration.ofSeconds(3)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * A copy of the module's executable jar, so a concurrent build cannot swap it under a
	 * running test.
	 */
	private static Path jar(String module) {
		Path target = Path.of("..", module, "target").toAbsolutePath().normalize();
		try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
			Path built = files.filter((file) -> file.getFileName().toString().matches(module + "-.*-exec\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + module + " executable jar in " + target
						+ ". Build it first: ./mvnw verify builds every application before these tests."));
			Path copy = Path.of("target", module + "-under-test.jar").toAbsolutePath();
			Files.createDirectories(copy.getParent());
			Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
