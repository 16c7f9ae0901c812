package org.carepool.indexer.registry;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The registry's internal API over HTTP; every call carries the indexer's
 * client-credentials token.
 */
class RestRegistryClient implements RegistryClient {

	private final RestClient http;

	RestRegistryClient(RestClient http) {
		this.http = http;
	}

	@Override
	public ChangePage changes(long after, int limit, Duration wait) {
		return call("read the change feed", () -> this.http.get()
			.uri("/internal/changes?after={after}&limit={limit}&waitSeconds={wait}", after, limit, wait.toSeconds())
			.retrieve()
			.body(ChangePage.class));
	}

	@Override
	public SearchDocuments documents(Collection<String> ids) {
		if (ids.isEmpty()) {
			return new SearchDocuments(List.of(), List.of());
		}
		return call("fetch search documents",
				() -> this.http.post()
					.uri("/internal/search-documents")
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("ids", ids))
					.retrieve()
					.body(SearchDocuments.class));
	}

	@Override
	public Snapshot snapshot(IdRange range, String after, int limit) {
		String from = (after != null) ? after : range.after();
		return call("read the snapshot",
				() -> this.http.get()
					.uri((uri) -> uri.path("/internal/search-documents")
						.queryParam("limit", limit)
						.queryParamIfPresent("after", java.util.Optional.ofNullable(from))
						.queryParamIfPresent("until", java.util.Optional.ofNullable(range.until()))
						.build())
					.retrieve()
					.body(Snapshot.class));
	}

	private static <T> T call(String what, Supplier<T> call) {
		try {
			T answer = call.get();
			if (answer == null) {
				throw new RegistryUnavailable("The registry sent no body when asked to " + what, null);
			}
			return answer;
		}
		catch (RestClientResponseException ex) {
			HttpStatusCode status = ex.getStatusCode();
			if (status.is4xxClientError() && status.value() != 401 && status.value() != 403 && status.value() != 408
					&& status.value() != 429) {
				throw new IllegalStateException("The registry refused to " + what + ": HTTP " + status.value(), ex);
			}
			throw new RegistryUnavailable("The registry could not " + what + ": HTTP " + status.value(), ex);
		}
		catch (ResourceAccessException ex) {
			throw new RegistryUnavailable("The registry is unreachable (" + what + ")", ex);
		}
		catch (OAuth2AuthorizationException ex) {
			throw new RegistryUnavailable("No token for the registry from the issuer (" + what + ")", ex);
		}
	}

}
