package org.carepool.ui.registry;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * Calls the registry as the signed-in person. Answers come back as plain maps and lists
 * that the screens' view models read; problems as {@link RegistryProblem}.
 */
public class RegistryClient {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
	};

	private final RestClient rest;

	private final ObjectMapper json;

	RegistryClient(RestClient rest, ObjectMapper json) {
		this.rest = rest;
		this.json = json;
	}

	/**
	 * Reads an object.
	 * @param path the path with {@code {}} placeholders
	 * @param variables the placeholders' values
	 * @return the object and its entity tag
	 */
	public Answer<Map<String, Object>> get(String path, Object... variables) {
		return this.rest.get()
			.uri(path, variables)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language())
			.exchange((request, response) -> new Answer<>(read(response, OBJECT), response.getHeaders().getETag()));
	}

	/**
	 * Reads an object with query parameters.
	 * @param path the path
	 * @param query the parameters; empty values are left out
	 * @return the object
	 */
	public Map<String, Object> get(String path, MultiValueMap<String, String> query) {
		return get((builder) -> {
			builder.path(path);
			query.forEach((name, values) -> values.stream()
				.filter((value) -> value != null && !value.isBlank())
				.forEach((value) -> builder.queryParam(name, "{" + name + values.indexOf(value) + "}")));
			Map<String, Object> expanded = new LinkedHashMap<>();
			query.forEach((name, values) -> {
				for (int i = 0; i < values.size(); i++) {
					expanded.put(name + i, values.get(i));
				}
			});
			return builder.build(expanded);
		}).body();
	}

	/**
	 * Reads a list.
	 * @param path the path with placeholders
	 * @param variables their values
	 * @return the list
	 */
	public List<Map<String, Object>> list(String path, Object... variables) {
		return this.rest.get()
			.uri(path, variables)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language())
			.exchange((request, response) -> read(response, LIST));
	}

	/**
	 * Sends a change.
	 * @param path the path with placeholders
	 * @param body the JSON body, or {@code null}
	 * @param ifMatch the entity tag the change is based on, or {@code null}
	 * @param variables the placeholders' values
	 * @return the answer and its entity tag
	 */
	public Answer<Map<String, Object>> post(String path, Object body, String ifMatch, Object... variables) {
		return send(this.rest.post(), path, body, ifMatch, variables);
	}

	/**
	 * Replaces a resource.
	 * @param path the path with placeholders
	 * @param body the JSON body
	 * @param ifMatch the entity tag the change is based on
	 * @param variables the placeholders' values
	 * @return the answer and its entity tag
	 */
	public Answer<Map<String, Object>> put(String path, Object body, String ifMatch, Object... variables) {
		return send(this.rest.put(), path, body, ifMatch, variables);
	}

	/**
	 * Sends a file as the request body.
	 * @param path the path with placeholders
	 * @param content the file
	 * @param contentType the file's type
	 * @param query query parameters, each a name and a value
	 * @return the answer
	 */
	public Map<String, Object> upload(String path, byte[] content, MediaType contentType, Map<String, String> query) {
		return this.rest.post().uri((builder) -> {
			builder.path(path);
			query.keySet().forEach((name) -> builder.queryParam(name, "{" + name + "}"));
			return builder.build(query);
		})
			.header(HttpHeaders.ACCEPT_LANGUAGE, language())
			.contentType(contentType)
			.body(content)
			.exchange((request, response) -> read(response, OBJECT));
	}

	/**
	 * Deletes a resource.
	 * @param path the path with placeholders
	 * @param variables the placeholders' values
	 */
	public void delete(String path, Object... variables) {
		this.rest.delete()
			.uri(path, variables)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language())
			.exchange((request, response) -> read(response, OBJECT));
	}

	/**
	 * Reads a file.
	 * @param path the path with placeholders
	 * @param variables the placeholders' values
	 * @return the file's bytes and type
	 */
	public Download download(String path, Object... variables) {
		return this.rest.get()
			.uri(path, variables)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language())
			.exchange((request, response) -> {
				if (response.getStatusCode().isError()) {
					throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
				}
				return new Download(response.getBody().readAllBytes(), response.getHeaders().getContentType(),
						response.getHeaders().getContentDisposition());
			});
	}

	/**
	 * Copies a file the registry streams to an output, without holding it; a problem
	 * before the first byte is thrown as {@link RegistryProblem}.
	 * @param path the path
	 * @param query the parameters; empty values are left out
	 * @param out where the file goes
	 */
	public void stream(String path, Map<String, String> query, java.io.OutputStream out) {
		this.rest.get().uri((builder) -> {
			builder.path(path);
			Map<String, String> given = new LinkedHashMap<>();
			query.forEach((name, value) -> {
				if (value != null && !value.isBlank()) {
					builder.queryParam(name, "{" + name + "}");
					given.put(name, value);
				}
			});
			return builder.build(given);
		}).header(HttpHeaders.ACCEPT_LANGUAGE, language()).exchange((request, response) -> {
			if (response.getStatusCode().isError()) {
				throw problem(response.getStatusCode().value(), response.getBody().readAllBytes());
			}
			response.getBody().transferTo(out);
			return null;
		});
	}

	/**
	 * A file the registry answered with.
	 *
	 * @param content the bytes
	 * @param contentType their type
	 * @param disposition the file name as the registry gave it
	 */
	public record Download(byte[] content, MediaType contentType,
			org.springframework.http.ContentDisposition disposition) {
	}

	/**
	 * A client on a given {@link RestClient}, such as one without the user's token for
	 * the registry's public endpoints.
	 * @param rest the rest client, with the registry's base URL
	 * @param json the object mapper
	 * @return the client
	 */
	public static RegistryClient of(RestClient rest, ObjectMapper json) {
		return new RegistryClient(rest, json);
	}

	private Answer<Map<String, Object>> get(Function<UriBuilder, URI> uri) {
		return this.rest.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language())
			.exchange((request, response) -> new Answer<>(read(response, OBJECT), response.getHeaders().getETag()));
	}

	private Answer<Map<String, Object>> send(RestClient.RequestBodyUriSpec method, String path, Object body,
			String ifMatch, Object... variables) {
		RestClient.RequestBodySpec spec = method.uri(path, variables).header(HttpHeaders.ACCEPT_LANGUAGE, language());
		if (ifMatch != null) {
			spec = spec.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		if (body != null) {
			spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return spec
			.exchange((request, response) -> new Answer<>(read(response, OBJECT), response.getHeaders().getETag()));
	}

	private <T> T read(ClientHttpResponse response, TypeReference<T> type) throws IOException {
		HttpStatusCode status = response.getStatusCode();
		byte[] bytes = response.getBody().readAllBytes();
		if (status.isError()) {
			throw problem(status.value(), bytes);
		}
		if (bytes.length == 0) {
			return null;
		}
		return this.json.readValue(bytes, type);
	}

	private RegistryProblem problem(int status, byte[] bytes) {
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, Object> properties = new LinkedHashMap<>();
		String code = "unexpected";
		String title = null;
		String detail = null;
		try {
			JsonNode node = this.json.readTree(bytes);
			if (node != null && node.isObject()) {
				String type = node.path("type").asText("");
				code = type.isEmpty() ? code : type.substring(type.lastIndexOf('/') + 1);
				title = node.path("title").asText(null);
				detail = node.path("detail").asText(null);
				for (JsonNode error : node.path("errors")) {
					fields.putIfAbsent(error.path("field").asText(""), error.path("message").asText(""));
				}
				node.fields().forEachRemaining((entry) -> {
					if (!List.of("type", "title", "detail", "status", "instance", "errors").contains(entry.getKey())) {
						properties.put(entry.getKey(), this.json.convertValue(entry.getValue(), Object.class));
					}
				});
			}
		}
		catch (IOException ex) {
			detail = new String(bytes, StandardCharsets.UTF_8);
		}
		return new RegistryProblem(status, code, (title != null) ? title : ("HTTP " + status), detail, fields,
				properties);
	}

	private static String language() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

}
