package org.carepool.indexer.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.carepool.search.FieldNames;

import org.springframework.stereotype.Component;

/**
 * Which people an index holds at which version, read back for reconciliation.
 */
@Component
public class IndexedVersions {

	private static final int PAGE = 1000;

	private final ElasticsearchClient client;

	IndexedVersions(ElasticsearchClient client) {
		this.client = client;
	}

	/**
	 * Every document of an index in id order, as id and version, read page by page.
	 * @param index the alias or physical index
	 * @return the documents, lazily
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public Iterator<IndexedVersion> inIdOrder(String index) {
		return new Pages(index);
	}

	/**
	 * The versions an index holds for some people.
	 * @param index the alias or physical index
	 * @param ids the people
	 * @return the version by id; people the index does not hold are absent
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public Map<String, Long> versions(String index, Collection<String> ids) {
		Map<String, Long> versions = new HashMap<>();
		if (ids.isEmpty()) {
			return versions;
		}
		try {
			var found = this.client.mget(
					(get) -> get.index(index).ids(List.copyOf(ids)).source((source) -> source.fetch(false)),
					Void.class);
			found.docs().forEach((doc) -> {
				if (doc.isResult() && doc.result().found()) {
					versions.put(doc.result().id(), doc.result().version());
				}
			});
			return versions;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not read versions from " + index + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * How many documents an index holds.
	 * @param index the alias or physical index
	 * @return the count
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public long count(String index) {
		try {
			return this.client.count((count) -> count.index(index)).count();
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not count " + index + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A document of the index.
	 *
	 * @param id the person's id
	 * @param version the version the index holds
	 */
	public record IndexedVersion(String id, long version) {
	}

	private final class Pages implements Iterator<IndexedVersion> {

		private final String index;

		private Iterator<Hit<Void>> page;

		private String after;

		private boolean last;

		Pages(String index) {
			this.index = index;
		}

		@Override
		public boolean hasNext() {
			while ((this.page == null || !this.page.hasNext()) && !this.last) {
				List<Hit<Void>> hits = read();
				this.last = hits.size() < PAGE;
				if (!hits.isEmpty()) {
					this.after = hits.get(hits.size() - 1).id();
				}
				this.page = hits.iterator();
			}
			return this.page != null && this.page.hasNext();
		}

		@Override
		public IndexedVersion next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			Hit<Void> hit = this.page.next();
			return new IndexedVersion(hit.id(), hit.version());
		}

		private List<Hit<Void>> read() {
			try {
				SearchResponse<Void> response = IndexedVersions.this.client.search((search) -> {
					search.index(this.index)
						.size(PAGE)
						.version(true)
						.source((source) -> source.fetch(false))
						.trackTotalHits((total) -> total.enabled(false))
						.sort((sort) -> sort.field((field) -> field.field(FieldNames.ID).order(SortOrder.Asc)));
					if (this.after != null) {
						search.searchAfter(FieldValue.of(this.after));
					}
					return search;
				}, Void.class);
				return response.hits().hits();
			}
			catch (IOException | ElasticsearchException ex) {
				throw new IndexUnavailable("Could not read " + this.index + ": " + ex.getMessage(), ex);
			}
		}

	}

}
