package org.carepool.indexer.state;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import org.carepool.indexer.index.OwnIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The leader lock: of the indexers sharing an Elasticsearch cluster, only the holder of a
 * lease in {@code carepool-indexer-leader} follows the feed, rebuilds and repairs; the
 * others stand by and take over once the lease runs out or is given back. The lease is
 * taken and renewed with optimistic concurrency ({@code if_seq_no}), so two indexers
 * never both renew it; an indexer counts itself the leader only until its last renewal's
 * lease runs out on its own monotonic clock. The lock keeps work from being done twice;
 * correctness does not rest on it: every write carries the registry's version, so even a
 * deposed leader finishing its batch cannot regress a document.
 */
@Component
public class Leadership implements SmartLifecycle {

	/** The index that keeps the lease. */
	public static final String INDEX = "carepool-indexer-leader";

	private static final String LEASE = "people-write";

	private static final Logger log = LoggerFactory.getLogger(Leadership.class);

	private static final String MAPPING = """
			{
			  "settings": { "index": { "number_of_shards": 1, "auto_expand_replicas": "0-1" } },
			  "mappings": {
			    "dynamic": "strict",
			    "properties": {
			      "holder": { "type": "keyword" },
			      "renewedAt": { "type": "date" },
			      "expiresAt": { "type": "date" }
			    }
			  }
			}
			""";

	private final ElasticsearchClient client;

	private final LeaderProperties properties;

	private final String holder;

	private final Object monitor = new Object();

	private volatile long heldUntilNanos = System.nanoTime();

	private volatile boolean held;

	private volatile Lease lastSeen;

	private long seqNo = -1;

	private long primaryTerm = -1;

	private volatile boolean created;

	private ScheduledExecutorService renewer;

	private final Clock clock;

	Leadership(ElasticsearchClient client, LeaderProperties properties, Clock clock) {
		this.client = client;
		this.clock = clock;
		this.properties = properties;
		this.holder = host() + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Whether this indexer holds the lease now.
	 * @return {@code true} while the lease it last took or renewed has not run out
	 */
	public boolean holds() {
		return this.held && System.nanoTime() - this.heldUntilNanos < 0;
	}

	/**
	 * This indexer's name in the lease.
	 * @return the holder name: host, process id and a random suffix
	 */
	public String holder() {
		return this.holder;
	}

	/**
	 * Who held the lease when this indexer last looked.
	 * @return the lease, empty when none was seen
	 */
	public Optional<Lease> lastSeen() {
		return Optional.ofNullable(this.lastSeen);
	}

	/**
	 * Takes the lease if it is free or ran out, or renews it if this indexer holds it.
	 * @return whether this indexer holds the lease afterwards
	 */
	public boolean tryAcquire() {
		synchronized (this.monitor) {
			long started = System.nanoTime();
			boolean wasHeld = holds();
			try {
				ensureIndex();
				Instant now = this.clock.instant();
				Lease lease = new Lease(this.holder, now, now.plus(this.properties.lease()));
				GetResponse<Lease> found = this.client.get((get) -> get.index(INDEX).id(LEASE), Lease.class);
				IndexResponse written;
				if (!found.found()) {
					written = this.client.index((index) -> index.index(INDEX)
						.id(LEASE)
						.opType(co.elastic.clients.elasticsearch._types.OpType.Create)
						.document(lease));
				}
				else {
					Lease current = found.source();
					this.lastSeen = current;
					if (current != null && !current.holder().equals(this.holder) && current.expiresAt().isAfter(now)) {
						lost(wasHeld, current);
						return false;
					}
					written = this.client.index((index) -> index.index(INDEX)
						.id(LEASE)
						.ifSeqNo(found.seqNo())
						.ifPrimaryTerm(found.primaryTerm())
						.document(lease));
				}
				this.seqNo = written.seqNo();
				this.primaryTerm = written.primaryTerm();
				this.lastSeen = lease;
				this.heldUntilNanos = started + this.properties.lease().toNanos();
				this.held = true;
				if (!wasHeld) {
					log.atInfo()
						.addKeyValue("holder", this.holder)
						.log("This indexer ({}) is now the leader: it follows the feed", this.holder);
				}
				return true;
			}
			catch (ElasticsearchException ex) {
				if (ex.status() == 409) {
					lost(wasHeld, null);
					return false;
				}
				log.warn("Could not take or renew the leader lease: {}", ex.getMessage());
				return holds();
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Could not take or renew the leader lease: {}", ex.getMessage());
				return holds();
			}
		}
	}

	/**
	 * Gives the lease back, so a standby indexer takes over without waiting for it to run
	 * out.
	 */
	public void release() {
		synchronized (this.monitor) {
			if (!holds()) {
				return;
			}
			this.held = false;
			try {
				this.client.delete(
						(delete) -> delete.index(INDEX).id(LEASE).ifSeqNo(this.seqNo).ifPrimaryTerm(this.primaryTerm));
				log.info("Gave the leader lease back");
			}
			catch (IOException | ElasticsearchException ex) {
				log.warn("Could not give the leader lease back; it runs out by itself: {}", ex.getMessage());
			}
		}
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			log.info("This indexer does not compete for the leader lease (indexer.leader.enabled=false)");
			return;
		}
		tryAcquire();
		this.renewer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "leader-lease");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.lease().toMillis() / 3;
		this.renewer.scheduleWithFixedDelay(this::tryAcquire, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.renewer != null) {
			this.renewer.shutdownNow();
			this.renewer = null;
		}
		release();
	}

	@Override
	public boolean isRunning() {
		return this.renewer != null;
	}

	/**
	 * Starts before and stops after the feed follower, which asks whether it leads.
	 * @return the phase
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1000;
	}

	private void lost(boolean wasHeld, Lease current) {
		this.held = false;
		if (wasHeld) {
			log.atWarn()
				.addKeyValue("holder", (current != null) ? current.holder() : "unknown")
				.log("This indexer lost the leader lease to {}; standing by",
						(current != null) ? current.holder() : "another indexer");
		}
	}

	private void ensureIndex() throws IOException {
		if (!this.created) {
			OwnIndices.ensure(this.client, INDEX, MAPPING);
			this.created = true;
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "unknown-host";
		}
	}

	/**
	 * The lease as kept in Elasticsearch.
	 *
	 * @param holder the indexer holding it
	 * @param renewedAt when it was last taken or renewed
	 * @param expiresAt when it runs out unless renewed, by the holder's clock
	 */
	public record Lease(String holder, Instant renewedAt, Instant expiresAt) {
	}

}
