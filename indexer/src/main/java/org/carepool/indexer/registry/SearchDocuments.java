package org.carepool.indexer.registry;

import java.util.List;

import org.carepool.search.PersonDocument;

/**
 * The current search documents of some people.
 *
 * @param documents the documents of the people who may be searchable, each at the version
 * of its latest change
 * @param gone the ids of people who must not be searchable
 */
public record SearchDocuments(List<PersonDocument> documents, List<String> gone) {

	public SearchDocuments {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
		gone = (gone != null) ? List.copyOf(gone) : List.of();
	}

}
