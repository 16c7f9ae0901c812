package org.carepool.registry.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.carepool.registry.ServedRegistryTest;
import org.carepool.registry.access.CallerTokens;
import org.carepool.registry.access.Callers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated hostile-input suite (issue 11): reads the live OpenAPI document and sends
 * every operation every {@link Bad class of bad input}, as every caller, asserting a
 * problem document with a 4xx and never a 5xx. A new endpoint is covered without anyone
 * writing a case for it.
 * <p>
 * A caller the operation refuses is sent a sample of the classes, and must be refused
 * ({@code 401}/{@code 403}) before its body is read; the refusal never depends on the
 * input, so the full set is spent on the callers that get through.
 */
@ServedRegistryTest
class HostileInputSuiteTests {

	private static final String NUL = "@@NUL@@";

	private static final String NUMBER = "@@NUMBER@@";

	private static final AtomicInteger sent = new AtomicInteger();

	private static final Map<String, Integer> perClass = new LinkedHashMap<>();

	private static int operationCount;

	private static long started;

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private MockMvc mvc;

	@LocalServerPort
	private int port;

	private JsonNode document;

	@BeforeAll
	static void startTheIndex() {
		// Search answers 503 without its index; the suite is about bad input.
		org.carepool.registry.search.IndexFixture.shared();
	}

	@Test
	void answersEveryBadInputToEveryOperationWithAProblemAndNeverA5xx() throws Exception {
		started = System.nanoTime();
		MockHttpServletResponse docs = this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse();
		this.document = this.json.readTree(docs.getContentAsString(StandardCharsets.UTF_8));
		List<Operation> operations = operations();
		operationCount = operations.size();
		assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(40);
		List<String> failures = new ArrayList<>();
		for (Operation operation : operations) {
			for (Callers caller : callers()) {
				probe(operation, caller, failures);
			}
		}
		assertThat(failures).as("answers that were not a 4xx problem").isEmpty();
	}

	@AfterAll
	static void report() {
		System.out.printf("Hostile-input suite: %d operations x %d classes x %d callers, %d requests sent in %.1f s%n",
				operationCount, Bad.values().length, Callers.values().length + 1, sent.get(),
				(System.nanoTime() - started) / 1e9);
		System.out.println("Hostile-input suite, requests per class: " + perClass);
	}

	private static List<Callers> callers() {
		List<Callers> callers = new ArrayList<>();
		callers.add(null);
		callers.addAll(List.of(Callers.values()));
		return callers;
	}

	private void probe(Operation operation, Callers caller, List<String> failures) throws Exception {
		String who = (caller != null) ? caller.name() : "anonymous";
		Answer base = send(operation, caller, operation.request(this, null));
		if (base.status() >= 500) {
			failures.add("%s as %s with a plain request: %d %s".formatted(operation, who, base.status(), base.body()));
		}
		boolean refused = base.status() == 401 || base.status() == 403;
		int sampled = 0;
		for (Bad bad : Bad.values()) {
			if (!bad.applies(operation)) {
				continue;
			}
			// Refused callers: the refusal must come first, whatever the input; a few
			// classes show it.
			if (refused && sampled++ >= 3) {
				break;
			}
			for (Probe request : bad.requests(this, operation)) {
				Answer answer = (request.chunked() && caller != null) ? chunked(operation, caller, request)
						: send(operation, caller, request);
				perClass.merge(bad.name(), 1, Integer::sum);
				boolean problem = answer.contentType() != null
						&& answer.contentType().startsWith("application/problem+json");
				boolean ok = answer.status() >= 400 && answer.status() < 500 && problem;
				if (refused && request.body() != null && !request.chunked() && bad != Bad.BODY_OVERSIZE) {
					ok = ok && (answer.status() == 401 || answer.status() == 403);
				}
				if (!ok) {
					failures.add("%s as %s, %s (%s): %d %s %s".formatted(operation, who, bad, request.label(),
							answer.status(), answer.contentType(), abbreviate(answer.body())));
				}
			}
		}
	}

	/**
	 * A subject per operation, caller and class, so that quotas never answer in place of
	 * the validation under test.
	 */
	private static String subject(Operation operation, Callers caller, Probe request) {
		return "suite-" + caller.name() + "-" + Integer.toHexString((operation + request.label()).hashCode());
	}

	private Answer send(Operation operation, Callers caller, Probe request) throws Exception {
		sent.incrementAndGet();
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(operation.method(),
				URI.create(request.uri()));
		if (caller != null) {
			builder.header("Authorization", "Bearer " + CallerTokens.of(caller, subject(operation, caller, request)));
		}
		request.headers().forEach(builder::header);
		if (request.body() != null) {
			builder.contentType(request.contentType()).content(request.body());
		}
		MockHttpServletResponse response = this.mvc.perform(builder).andReturn().getResponse();
		return new Answer(response.getStatus(), response.getContentType(),
				response.getContentAsString(StandardCharsets.UTF_8));
	}

	private Answer chunked(Operation operation, Callers caller, Probe request) throws Exception {
		sent.incrementAndGet();
		byte[] body = request.body();
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + request.uri()))
			.header("Authorization", "Bearer " + CallerTokens.of(caller, subject(operation, caller, request)))
			.header("Content-Type", request.contentType())
			.method(operation.method().name(),
					HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
				response.body());
	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> paths = this.document.path("paths").fields();
		while (paths.hasNext()) {
			Map.Entry<String, JsonNode> path = paths.next();
			Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
			while (methods.hasNext()) {
				Map.Entry<String, JsonNode> method = methods.next();
				JsonNode spec = method.getValue();
				List<JsonNode> parameters = new ArrayList<>();
				spec.path("parameters").forEach(parameters::add);
				JsonNode body = spec.path("requestBody").path("content").path("application/json").path("schema");
				operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(),
						parameters, body.isMissingNode() ? null : body));
			}
		}
		return operations;
	}

	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String name = current.get("$ref").asText().substring("#/components/schemas/".length());
			current = this.document.path("components").path("schemas").path(name);
		}
		if (current.has("allOf")) {
			return resolve(current.get("allOf").get(0));
		}
		if (current.has("oneOf")) {
			return resolve(current.get("oneOf").get(0));
		}
		return current;
	}

	/**
	 * A sample value of a schema; {@code leaf} may replace any scalar, else a plausible
	 * value is used.
	 */
	JsonNode sample(JsonNode schema, Function<JsonNode, JsonNode> leaf, int depth) {
		JsonNode resolved = resolve(schema);
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		String type = resolved.path("type").asText(resolved.has("properties") ? "object" : "string");
		if (type.equals("object")) {
			ObjectNode object = nodes.objectNode();
			if (depth > 4) {
				return object;
			}
			resolved.path("properties").fields().forEachRemaining((property) -> {
				JsonNode value = sample(property.getValue(), leaf, depth + 1);
				if (value != null) {
					object.set(property.getKey(), value);
				}
			});
			return object;
		}
		if (type.equals("array")) {
			ArrayNode array = nodes.arrayNode();
			if (depth <= 4) {
				array.add(sample(resolved.path("items"), leaf, depth + 1));
			}
			return array;
		}
		JsonNode replaced = leaf.apply(resolved);
		return (replaced != null) ? replaced : plausible(resolved);
	}

	static JsonNode plausible(JsonNode schema) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		String format = schema.path("format").asText("");
		return switch (schema.path("type").asText("string")) {
			case "integer" -> nodes.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
			case "number" -> nodes.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.0);
			case "boolean" -> nodes.booleanNode(true);
			default -> switch (format) {
				case "date" -> nodes.textNode("2027-03-01");
				case "date-time" -> nodes.textNode("2027-03-01T09:00:00Z");
				case "uuid" -> nodes.textNode(UUID.randomUUID().toString());
				case "partial-time", "time" -> nodes.textNode("09:00");
				default -> nodes.textNode(text(schema));
			};
		};
	}

	private static String text(JsonNode schema) {
		if (schema.has("pattern") || schema.path("example").isTextual()) {
			return schema.path("example").asText("sample-1");
		}
		return "样例";
	}

	static boolean isText(JsonNode schema) {
		if (schema.path("type").asText().equals("array")) {
			return isText(schema.path("items"));
		}
		return schema.path("type").asText("string").equals("string") && !schema.has("enum")
				&& schema.path("format").asText("").isEmpty();
	}

	static boolean isDate(JsonNode schema) {
		return schema.path("format").asText("").equals("date");
	}

	private static String abbreviate(String body) {
		return (body == null || body.length() < 300) ? body : body.substring(0, 300) + "…";
	}

	/**
	 * One operation of the OpenAPI document.
	 */
	record Operation(HttpMethod method, String path, List<JsonNode> parameters, JsonNode body) {

		List<JsonNode> in(String where) {
			return this.parameters.stream().filter((p) -> p.path("in").asText().equals(where)).toList();
		}

		/**
		 * A request with plausible values, one parameter replaced if {@code replaced}
		 * names it.
		 */
		Probe request(HostileInputSuiteTests suite, Map<String, String> replaced) {
			return new Probe("plain", uri(replaced), headers(replaced),
					(this.body != null) ? suite.body(this, (s) -> null) : null, "application/json", false);
		}

		String uri(Map<String, String> replaced) {
			String uri = this.path;
			for (JsonNode parameter : in("path")) {
				String name = parameter.get("name").asText();
				String value = (replaced != null && replaced.containsKey(name)) ? replaced.get(name)
						: plausible(parameter.path("schema")).asText();
				uri = uri.replace("{" + name + "}", value);
			}
			StringBuilder query = new StringBuilder();
			for (JsonNode parameter : in("query")) {
				String name = parameter.get("name").asText();
				String value = (replaced != null) ? replaced.get(name) : null;
				if (value == null && parameter.path("required").asBoolean()) {
					value = java.net.URLEncoder.encode(plausible(parameter.path("schema")).asText(),
							StandardCharsets.UTF_8);
				}
				if (value != null) {
					query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
				}
			}
			return uri + query;
		}

		Map<String, String> headers(Map<String, String> replaced) {
			Map<String, String> headers = new LinkedHashMap<>();
			for (JsonNode parameter : in("header")) {
				String name = parameter.get("name").asText();
				if (replaced != null && replaced.containsKey(name)) {
					headers.put(name, replaced.get(name));
				}
				else if (name.equals("If-Match")) {
					headers.put(name, "\"0\"");
				}
			}
			return headers;
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	byte[] body(Operation operation, Function<JsonNode, JsonNode> leaf) {
		return sample(operation.body(), leaf, 0).toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A request of one class.
	 */
	record Probe(String label, String uri, Map<String, String> headers, byte[] body, String contentType,
			boolean chunked) {

		static Probe of(String label, Operation operation, byte[] body) {
			return new Probe(label, operation.uri(null), operation.headers(null), body, "application/json", false);
		}

		static Probe params(String label, Operation operation, Map<String, String> replaced) {
			return new Probe(label, operation.uri(replaced), operation.headers(replaced), null, "application/json",
					false);
		}

	}

	record Answer(int status, String contentType, String body) {
	}

	/**
	 * The classes of bad input.
	 */
	enum Bad {

		/** NUL in every text field. */
		TEXT_NUL,
		/** Other control characters (BEL, ESC) in every text field. */
		TEXT_CONTROL,
		/** Lone UTF-16 surrogates in every text field. */
		TEXT_LONE_SURROGATE,
		/** Every text field far longer than any limit. */
		TEXT_OVERSIZE,
		/** A body larger than the limit, with its length declared. */
		BODY_OVERSIZE,
		/** A body larger than the limit, chunked (over the real port). */
		BODY_OVERSIZE_CHUNKED,
		/** Numbers beyond their minimum or maximum, and beyond a long. */
		NUMBER_OUT_OF_RANGE,
		/** Text where numbers belong, in the body and the query. */
		NUMBER_WRONG_TYPE,
		/** Dates that do not exist. */
		DATE_IMPOSSIBLE,
		/** Dates in year +999999999 and 1800. */
		DATE_EXTREME,
		/** Enum values that do not exist, in the body and the query. */
		ENUM_UNKNOWN,
		/** Bodies that are not JSON. */
		JSON_MALFORMED,
		/** Valid JSON followed by more. */
		JSON_TRAILING,
		/** Bodies of the wrong media type. */
		WRONG_CONTENT_TYPE,
		/**
		 * NUL, control characters and garbage in path and query parameters and cursors.
		 */
		PARAMETER_GARBAGE,
		/** Garbage idempotency keys and preconditions. */
		HEADER_GARBAGE;

		boolean applies(Operation operation) {
			return switch (this) {
				case BODY_OVERSIZE -> true;
				case PARAMETER_GARBAGE -> !operation.in("path").isEmpty() || !operation.in("query").isEmpty();
				case HEADER_GARBAGE -> !operation.in("header").isEmpty();
				case NUMBER_WRONG_TYPE -> operation.body() != null || operation.in("query")
					.stream()
					.anyMatch((p) -> p.path("schema").path("type").asText().matches("integer|number"));
				case ENUM_UNKNOWN -> operation.body() != null
						|| operation.in("query").stream().anyMatch((p) -> p.path("schema").has("enum"));
				case NUMBER_OUT_OF_RANGE -> operation.body() != null || operation.in("query")
					.stream()
					.anyMatch((p) -> p.path("schema").has("maximum") || p.path("schema").has("minimum"));
				default -> operation.body() != null;
			};
		}

		List<Probe> requests(HostileInputSuiteTests suite, Operation operation) {
			List<Probe> probes = new ArrayList<>();
			switch (this) {
				case TEXT_NUL -> text(suite, operation, probes, "a\\u0000b");
				case TEXT_CONTROL -> {
					text(suite, operation, probes, "bell\\u0007");
					text(suite, operation, probes, "\\u001b[31mred");
				}
				case TEXT_LONE_SURROGATE -> {
					text(suite, operation, probes, "\\ud800x");
					text(suite, operation, probes, "x\\udfff");
				}
				case TEXT_OVERSIZE -> text(suite, operation, probes, "长".repeat(20_000));
				case BODY_OVERSIZE -> probes.add(Probe.of("300 KB", operation,
						("{\"pad\": \"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8)));
				case BODY_OVERSIZE_CHUNKED ->
					probes.add(new Probe("2 MB chunked", operation.uri(null), operation.headers(null),
							("{\"pad\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
							"application/json", true));
				case NUMBER_OUT_OF_RANGE -> {
					if (operation.body() != null) {
						number(suite, operation, probes, (schema) -> schema.has("maximum")
								? JsonNodeFactory.instance.numberNode(schema.get("maximum").asLong() + 1) : null);
						number(suite, operation, probes, (schema) -> schema.has("minimum")
								? JsonNodeFactory.instance.numberNode(schema.get("minimum").asLong() - 1) : null);
						String big = suite.body(operation,
								(schema) -> numeric(schema) ? new TextNode(NUMBER) : null).length > 0
										? new String(
												suite.body(operation,
														(schema) -> numeric(schema) ? new TextNode(NUMBER) : null),
												StandardCharsets.UTF_8)
										: "";
						if (big.contains(NUMBER)) {
							probes.add(Probe.of("beyond a long", operation,
									big.replace("\"" + NUMBER + "\"", "99999999999999999999999")
										.getBytes(StandardCharsets.UTF_8)));
						}
					}
					for (JsonNode parameter : operation.in("query")) {
						JsonNode schema = parameter.path("schema");
						if (schema.has("maximum")) {
							probes.add(Probe.params(parameter.get("name").asText() + " above", operation,
									Map.of(parameter.get("name").asText(),
											Long.toString(schema.get("maximum").asLong() + 1))));
						}
						if (schema.has("minimum")) {
							probes.add(Probe.params(parameter.get("name").asText() + " below", operation,
									Map.of(parameter.get("name").asText(),
											Long.toString(schema.get("minimum").asLong() - 1))));
						}
					}
				}
				case NUMBER_WRONG_TYPE -> {
					if (operation.body() != null) {
						number(suite, operation, probes,
								(schema) -> numeric(schema) ? JsonNodeFactory.instance.textNode("twelve") : null);
						number(suite, operation, probes,
								(schema) -> numeric(schema) ? JsonNodeFactory.instance.arrayNode() : null);
					}
					for (JsonNode parameter : operation.in("query")) {
						if (parameter.path("schema").path("type").asText().matches("integer|number")) {
							probes.add(Probe.params(parameter.get("name").asText(), operation,
									Map.of(parameter.get("name").asText(), "twelve")));
						}
					}
				}
				case DATE_IMPOSSIBLE -> date(suite, operation, probes, "2026-02-30", "2026-13-01");
				case DATE_EXTREME -> date(suite, operation, probes, "+999999999-12-31", "1800-01-01");
				case ENUM_UNKNOWN -> {
					if (operation.body() != null) {
						number(suite, operation, probes,
								(schema) -> schema.has("enum") ? JsonNodeFactory.instance.textNode("UNICORN") : null);
					}
					for (JsonNode parameter : operation.in("query")) {
						if (parameter.path("schema").has("enum")) {
							probes.add(Probe.params(parameter.get("name").asText(), operation,
									Map.of(parameter.get("name").asText(), "UNICORN")));
						}
					}
				}
				case JSON_MALFORMED -> {
					for (String body : new String[] { "{\"a\": ", "not json", "{\"a\": 1,}", "", "[" }) {
						probes.add(Probe.of(body, operation, body.getBytes(StandardCharsets.UTF_8)));
					}
				}
				case JSON_TRAILING -> {
					byte[] plain = suite.body(operation, (schema) -> null);
					probes.add(Probe.of("trailing garbage", operation,
							(new String(plain, StandardCharsets.UTF_8) + " garbage").getBytes(StandardCharsets.UTF_8)));
					probes.add(Probe.of("second value", operation,
							(new String(plain, StandardCharsets.UTF_8) + "{}").getBytes(StandardCharsets.UTF_8)));
				}
				case WRONG_CONTENT_TYPE -> {
					byte[] plain = suite.body(operation, (schema) -> null);
					for (String type : new String[] { "text/plain", "application/xml",
							"application/x-www-form-urlencoded" }) {
						probes.add(new Probe(type, operation.uri(null), operation.headers(null), plain, type, false));
					}
				}
				case PARAMETER_GARBAGE -> {
					for (JsonNode parameter : operation.in("path")) {
						String name = parameter.get("name").asText();
						for (String value : new String[] { "%00", "a%01b", "%C0%80", "not-a-" + name, "%ED%A0%80" }) {
							probes.add(Probe.params(name + "=" + value, operation, Map.of(name, value)));
						}
					}
					for (JsonNode parameter : operation.in("query")) {
						String name = parameter.get("name").asText();
						// Free text may hold anything printable; typed values (ids,
						// cursors,
						// numbers, enums) may not.
						String[] values = isText(parameter.path("schema")) ? new String[] { "%00", "a%07b", "%1B" }
								: new String[] { "%00", "a%07b", "%ED%A0%80", "!!garbage-cursor!!", "%FF" };
						for (String value : values) {
							probes.add(Probe.params(name + "=" + value, operation, Map.of(name, value)));
						}
					}
				}
				case HEADER_GARBAGE -> {
					for (JsonNode parameter : operation.in("header")) {
						String name = parameter.get("name").asText();
						for (String value : new String[] { "has spaces \"and quotes\"", "x".repeat(500), "'; --" }) {
							probes.add(Probe.params(name + " garbage", operation, Map.of(name, value)));
						}
					}
				}
			}
			return probes;
		}

		private static boolean numeric(JsonNode schema) {
			return schema.path("type").asText().matches("integer|number");
		}

		private static void text(HostileInputSuiteTests suite, Operation operation, List<Probe> probes, String raw) {
			String body = new String(suite.body(operation, (schema) -> isText(schema) ? new TextNode(NUL) : null),
					StandardCharsets.UTF_8);
			if (body.contains(NUL)) {
				probes.add(Probe.of(raw.length() > 20 ? "oversize" : raw, operation,
						body.replace(NUL, raw).getBytes(StandardCharsets.UTF_8)));
			}
		}

		private static void number(HostileInputSuiteTests suite, Operation operation, List<Probe> probes,
				Function<JsonNode, JsonNode> leaf) {
			AtomicInteger replaced = new AtomicInteger();
			byte[] body = suite.body(operation, (schema) -> {
				JsonNode value = leaf.apply(schema);
				if (value != null) {
					replaced.incrementAndGet();
				}
				return value;
			});
			if (replaced.get() > 0) {
				probes.add(Probe.of(new String(body, StandardCharsets.UTF_8), operation, body));
			}
		}

		private static void date(HostileInputSuiteTests suite, Operation operation, List<Probe> probes,
				String... values) {
			for (String value : values) {
				number(suite, operation, probes,
						(schema) -> isDate(schema) ? JsonNodeFactory.instance.textNode(value) : null);
			}
		}

	}

}
