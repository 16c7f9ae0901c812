package org.carepool.registry.changefeed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carepool.registry.person.PersonDocuments;
import org.carepool.search.PersonDocument;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current search documents the indexer fetches: by id after reading the feed, or page
 * by page as a snapshot that is consistent at a feed position. Each carries the position
 * of its person's latest change as its version.
 */
@Service
public class SearchDocumentFeed {

	private final PersonDocuments documents;

	private final ChangeLog changes;

	SearchDocumentFeed(PersonDocuments documents, ChangeLog changes) {
		this.documents = documents;
		this.changes = changes;
	}

	/**
	 * The current documents of these people, and which of them must not be searchable.
	 * @param ids the people's ids
	 * @return the documents and the gone ids
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Documents byIds(List<UUID> ids) {
		Set<UUID> unique = new LinkedHashSet<>(ids);
		Map<UUID, PersonDocument> found = this.documents.documents(unique);
		Map<UUID, Long> versions = this.changes.versions(unique);
		List<PersonDocument> documents = new ArrayList<>();
		List<UUID> gone = new ArrayList<>();
		for (UUID id : unique) {
			PersonDocument document = found.get(id);
			if (document != null) {
				documents.add(document.withVersion(versions.getOrDefault(id, 0L)));
			}
			else {
				gone.add(id);
			}
		}
		return new Documents(documents, gone);
	}

	/**
	 * A page of the snapshot of the searchable people in a range of ids, in id order,
	 * consistent at the returned position. Disjoint ranges can be read at once.
	 * @param after the last id of the previous page, or {@code null} from the start
	 * @param until the last id of the range (inclusive), or {@code null} to the end
	 * @param limit how many people to read
	 * @return the page
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Snapshot snapshot(UUID after, UUID until, int limit) {
		long position = this.changes.horizon();
		PersonDocuments.SnapshotPage page = this.documents.page(after, until, limit);
		Map<UUID, Long> versions = this.changes
			.versions(page.documents().stream().map((document) -> UUID.fromString(document.id())).toList());
		List<PersonDocument> documents = page.documents()
			.stream()
			.map((document) -> document.withVersion(versions.getOrDefault(UUID.fromString(document.id()), 0L)))
			.toList();
		return new Snapshot(documents, page.next(), position);
	}

	/**
	 * Documents by id.
	 *
	 * @param documents the searchable people's documents
	 * @param gone ids that must not be searchable
	 */
	public record Documents(List<PersonDocument> documents, List<UUID> gone) {
	}

	/**
	 * A snapshot page.
	 *
	 * @param documents the documents on this page
	 * @param next the id to continue after, or {@code null} at the end
	 * @param position the feed position this page is consistent with: catch up from there
	 */
	public record Snapshot(List<PersonDocument> documents, UUID next, long position) {
	}

}
