package org.carepool.indexer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A proxy in front of a real server that answers the first requests to a path with an
 * error, as an overloaded or restarting Elasticsearch would, and forwards the rest.
 */
public final class FlakyProxy implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "transfer-encoding",
			"upgrade", "expect");

	private final HttpServer server;

	private final URI target;

	private final HttpClient http = HttpClient.newHttpClient();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final AtomicInteger failed = new AtomicInteger();

	private volatile int status = 503;

	private volatile String failingPath = "/_bulk";

	private FlakyProxy(HttpServer server, URI target) {
		this.server = server;
		this.target = target;
	}

	/**
	 * Starts a proxy on a free loopback port.
	 * @param target the real server
	 * @return the proxy
	 */
	public static FlakyProxy start(URI target) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			FlakyProxy proxy = new FlakyProxy(server, target);
			server.createContext("/", proxy::handle);
			server.start();
			return proxy;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Makes the next requests to a path fail.
	 * @param path the path, such as {@code /_bulk}
	 * @param count how many requests fail
	 * @param status the status they fail with
	 */
	public void fail(String path, int count, int status) {
		this.failingPath = path;
		this.status = status;
		this.failuresLeft.set(count);
	}

	/**
	 * How many requests the proxy failed.
	 * @return the count
	 */
	public int failed() {
		return this.failed.get();
	}

	/**
	 * The proxy's address.
	 * @return such as {@code http://127.0.0.1:41234}
	 */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		if (exchange.getRequestURI().getPath().endsWith(this.failingPath) && this.failuresLeft.getAndDecrement() > 0) {
			this.failed.incrementAndGet();
			byte[] error = ("{\"error\": {\"type\": \"unavailable\", \"reason\": \"injected\"}, \"status\": "
					+ this.status + "}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
			exchange.sendResponseHeaders(this.status, error.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(error);
			}
			return;
		}
		HttpRequest.Builder forward = HttpRequest.newBuilder(this.target.resolve(exchange.getRequestURI().toString()))
			.method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
		exchange.getRequestHeaders().forEach((name, values) -> {
			if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				values.forEach((value) -> forward.header(name, value));
			}
		});
		try {
			HttpResponse<byte[]> response = this.http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
			response.headers().map().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
					values.forEach((value) -> exchange.getResponseHeaders().add(name, value));
				}
			});
			byte[] answer = response.body();
			exchange.sendResponseHeaders(response.statusCode(), (answer.length == 0) ? -1 : answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(502, -1);
		}
	}

}
