package org.carepool.registry.aggregate;

import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

/**
 * An entity with an id chosen by the application and a {@code @Version}; it is new until
 * first stored, so saving it inserts without reading it first.
 */
@MappedSuperclass
public abstract class Aggregate implements Persistable<UUID> {

	@Id
	private UUID id;

	@Version
	private Long version;

	/**
	 * For JPA.
	 */
	protected Aggregate() {
	}

	/**
	 * A new aggregate.
	 * @param id its id
	 */
	protected Aggregate(UUID id) {
		this.id = id;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return this.version == null;
	}

	/**
	 * The version for optimistic locking and {@code ETag}s.
	 * @return the version, {@code 0} before the aggregate is first stored
	 */
	public long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

}
