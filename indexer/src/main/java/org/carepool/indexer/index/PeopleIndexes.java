package org.carepool.indexer.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import org.carepool.search.PeopleIndex;
import org.carepool.search.PeopleIndexDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The physical people indices ({@code people-v{n}-{timestamp}}) and the two aliases in
 * front of them: {@code people} for searches and {@code people-write} for the indexer.
 */
@Component
public class PeopleIndexes {

	private static final Logger log = LoggerFactory.getLogger(PeopleIndexes.class);

	private final ElasticsearchClient client;

	private final PeopleIndexDefinition definition = PeopleIndexDefinition.current();

	private final Clock clock;

	PeopleIndexes(ElasticsearchClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * The physical index the write alias points at, creating an index and both aliases
	 * when there is none, and the write alias when only the read alias exists.
	 * @return the physical index
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public String ensureServing() {
		try {
			Optional<String> writing = behind(PeopleIndex.WRITE_ALIAS);
			if (writing.isPresent()) {
				return writing.get();
			}
			Optional<String> reading = behind(PeopleIndex.READ_ALIAS);
			if (reading.isPresent()) {
				this.client.indices()
					.updateAliases((update) -> update.actions((action) -> action
						.add((add) -> add.index(reading.get()).alias(PeopleIndex.WRITE_ALIAS).isWriteIndex(true))));
				log.atInfo()
					.addKeyValue("index", reading.get())
					.log("Pointed the write alias at {}, which the read alias serves", reading.get());
				return reading.get();
			}
			String index = this.definition.create(this.client, this.clock.instant());
			this.client.indices()
				.updateAliases((update) -> update
					.actions((action) -> action.add((add) -> add.index(index).alias(PeopleIndex.READ_ALIAS)))
					.actions((action) -> action
						.add((add) -> add.index(index).alias(PeopleIndex.WRITE_ALIAS).isWriteIndex(true))));
			log.atInfo().addKeyValue("index", index).log("Created the people index {} and its aliases", index);
			return index;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not make sure the people index exists: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The physical index an alias points at.
	 * @param alias {@link PeopleIndex#READ_ALIAS} or {@link PeopleIndex#WRITE_ALIAS}
	 * @return the index, empty when the alias does not exist
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public Optional<String> current(String alias) {
		try {
			return behind(alias);
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not read the alias " + alias + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Whether an index was made from the settings and mapping this indexer is built with.
	 * @param index a physical index
	 * @return {@code true} for an index of the current definition
	 */
	public boolean isCurrentDefinition(String index) {
		return index.startsWith(this.definition.indexPattern().replace("*", ""));
	}

	/**
	 * Creates a physical index to bulk-load in a rebuild: no replicas, no refreshes.
	 * @return the new index
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public String createForRebuild() {
		try {
			return this.definition.createForRebuild(this.client, this.clock.instant());
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not create an index to rebuild into: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Makes a rebuilt index ready to serve: the definition's refresh interval and
	 * replicas, everything written so far searchable, and the cluster at least yellow for
	 * it.
	 * @param index the rebuilt index
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public void prepareToServe(String index) {
		try {
			this.definition.restoreServingSettings(this.client, index);
			refresh(index);
			OwnIndices.awaitPrimaries(this.client, index);
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not prepare " + index + " to serve: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Makes everything written to an index searchable now.
	 * @param index the index
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public void refresh(String index) {
		try {
			this.client.indices().refresh((refresh) -> refresh.index(index));
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not refresh " + index + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Points both aliases at another physical index in one atomic step, so searches and
	 * writes move together and never see no index.
	 * @param index the index to serve from now on
	 * @return the indices the aliases pointed at before
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public Set<String> swapAliases(String index) {
		try {
			Set<String> previous = new java.util.TreeSet<>();
			previous.addAll(all(PeopleIndex.READ_ALIAS));
			previous.addAll(all(PeopleIndex.WRITE_ALIAS));
			previous.remove(index);
			this.client.indices().updateAliases((update) -> {
				for (String old : previous) {
					update.actions((action) -> action.remove((remove) -> remove.index(old)
						.aliases(PeopleIndex.READ_ALIAS, PeopleIndex.WRITE_ALIAS)
						.mustExist(false)));
				}
				update.actions((action) -> action.add((add) -> add.index(index).alias(PeopleIndex.READ_ALIAS)));
				update.actions((action) -> action
					.add((add) -> add.index(index).alias(PeopleIndex.WRITE_ALIAS).isWriteIndex(true)));
				return update;
			});
			log.atInfo()
				.addKeyValue("index", index)
				.addKeyValue("previous", previous)
				.log("Swapped the people aliases to {} (from {})", index, previous);
			return previous;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not swap the people aliases to " + index + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Deletes a physical index, unless an alias still points at it.
	 * @param index the index
	 * @return whether it was deleted
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public boolean delete(String index) {
		try {
			if (!index.startsWith(PeopleIndex.PHYSICAL_PREFIX) || all(PeopleIndex.READ_ALIAS).contains(index)
					|| all(PeopleIndex.WRITE_ALIAS).contains(index)) {
				return false;
			}
			this.client.indices().delete((delete) -> delete.index(index).ignoreUnavailable(true));
			log.atInfo().addKeyValue("index", index).log("Deleted the people index {}", index);
			return true;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not delete " + index + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The physical people indices no alias points at that were made longer ago than a
	 * grace period: what an earlier rebuild left to be deleted, or an abandoned rebuild.
	 * @param grace how old an index must be
	 * @return the indices
	 * @throws IndexUnavailable when Elasticsearch cannot be reached
	 */
	public List<String> leftovers(Duration grace) {
		try {
			Map<String, IndexState> indices = this.client.indices()
				.get((get) -> get.index(PeopleIndex.PHYSICAL_PREFIX + "*").ignoreUnavailable(true).allowNoIndices(true))
				.result();
			Instant before = this.clock.instant().minus(grace);
			List<String> leftovers = new ArrayList<>();
			indices.forEach((name, state) -> {
				boolean aliased = state.aliases() != null && !state.aliases().isEmpty();
				Long created = (state.settings() != null && state.settings().index() != null)
						? state.settings().index().creationDate() : null;
				boolean old = created != null && Instant.ofEpochMilli(created).isBefore(before);
				if (!aliased && old) {
					leftovers.add(name);
				}
			});
			return leftovers;
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IndexUnavailable("Could not list the people indices: " + ex.getMessage(), ex);
		}
	}

	private Optional<String> behind(String alias) throws IOException {
		List<String> indices = all(alias);
		return indices.isEmpty() ? Optional.empty() : Optional.of(indices.get(0));
	}

	private List<String> all(String alias) throws IOException {
		if (!this.client.indices().existsAlias((exists) -> exists.name(alias)).value()) {
			return List.of();
		}
		Map<String, IndexAliases> indices = this.client.indices().getAlias((get) -> get.name(alias)).result();
		return indices.keySet().stream().sorted().toList();
	}

}
