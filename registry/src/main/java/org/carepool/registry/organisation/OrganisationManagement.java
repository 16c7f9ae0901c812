package org.carepool.registry.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carepool.registry.access.Caller;
import org.carepool.registry.access.Role;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.api.InvalidInput.Violation;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;
import org.carepool.registry.privacy.InvalidPrivateValue;
import org.carepool.registry.privacy.MobileNumber;
import org.carepool.registry.privacy.Vault;
import org.carepool.registry.taxonomy.Taxonomy;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the partner organisations: coordinators register and change them, everyone who
 * works with requests reads them, and a partner sees only its own.
 */
@Service
@Transactional
public class OrganisationManagement {

	private final OrganisationRepository organisations;

	private final OrganisationMapper mapper;

	private final Taxonomy taxonomy;

	private final Vault vault;

	private final AuditTrail audit;

	private final Clock clock;

	OrganisationManagement(OrganisationRepository organisations, OrganisationMapper mapper, Taxonomy taxonomy,
			Vault vault, AuditTrail audit, Clock clock) {
		this.organisations = organisations;
		this.mapper = mapper;
		this.taxonomy = taxonomy;
		this.vault = vault;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers an organisation.
	 * @param caller a coordinator or administrator
	 * @param request the organisation
	 * @return the registered organisation
	 */
	public OrganisationResponse register(Caller caller, OrganisationRequest request) {
		UUID id = UUID.randomUUID();
		Organisation organisation = new Organisation(id, details(id, request), this.clock.instant());
		this.organisations.saveAndFlush(organisation);
		this.audit.record(entry(caller, "organisation.register", id));
		return this.mapper.toResponse(organisation, this.vault);
	}

	/**
	 * An organisation the caller may see.
	 * @param caller the caller
	 * @param id the organisation's id
	 * @return the organisation
	 */
	@Transactional(readOnly = true)
	public OrganisationResponse find(Caller caller, UUID id) {
		return this.mapper.toResponse(visible(caller, id), this.vault);
	}

	/**
	 * A page of the organisations the caller may see, in id order.
	 * @param caller the caller
	 * @param after the cursor of the previous page
	 * @param limit the page size
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public OrganisationPage list(Caller caller, UUID after, int limit) {
		if (caller.has(Role.PARTNER) && !caller.has(Role.COORDINATOR) && !caller.has(Role.ADMIN)
				&& !caller.has(Role.STREET_COORDINATOR)) {
			List<OrganisationResponse> own = caller.organisation()
				.filter((id) -> after == null)
				.flatMap(this.organisations::findById)
				.map((organisation) -> List.of(this.mapper.toResponse(organisation, this.vault)))
				.orElse(List.of());
			return new OrganisationPage(own, null);
		}
		List<Organisation> found = (after != null)
				? this.organisations.findByIdGreaterThanOrderById(after, Limit.of(limit + 1))
				: this.organisations.findAllByOrderById(Limit.of(limit + 1));
		List<OrganisationResponse> items = new ArrayList<>();
		for (int i = 0; i < Math.min(limit, found.size()); i++) {
			items.add(this.mapper.toResponse(found.get(i), this.vault));
		}
		String next = (found.size() > limit) ? items.get(items.size() - 1).id().toString() : null;
		return new OrganisationPage(items, next);
	}

	/**
	 * Changes an organisation.
	 * @param caller a coordinator or administrator
	 * @param id the organisation's id
	 * @param expectedVersion the version the caller read; {@code null} for any
	 * @param request the new details
	 * @return the changed organisation
	 */
	public OrganisationResponse update(Caller caller, UUID id, Long expectedVersion, OrganisationRequest request) {
		Organisation organisation = this.organisations.findById(id).orElseThrow(() -> new OrganisationNotFound(id));
		if (!org.carepool.registry.api.IfMatch.matches(expectedVersion, organisation.getVersion())) {
			throw new StaleOrganisation();
		}
		organisation.change(details(id, request), this.clock.instant());
		this.organisations.saveAndFlush(organisation);
		this.audit.record(entry(caller, "organisation.update", id));
		return this.mapper.toResponse(organisation, this.vault);
	}

	private Organisation visible(Caller caller, UUID id) {
		Organisation organisation = this.organisations.findById(id).orElseThrow(() -> new OrganisationNotFound(id));
		boolean staff = caller.has(Role.ADMIN) || caller.has(Role.COORDINATOR) || caller.has(Role.STREET_COORDINATOR);
		if (!staff && !caller.organisation().map(id::equals).orElse(false)) {
			this.audit.denied(entry(caller, "organisation.read", id));
			throw new OrganisationNotFound(id);
		}
		return organisation;
	}

	private Organisation.Details details(UUID id, OrganisationRequest request) {
		List<Violation> violations = new ArrayList<>();
		if (!this.taxonomy.contains(Taxonomy.Kind.ORGANISATION_TYPES, request.type().strip())) {
			violations.add(new Violation("type", "unknown-code"));
		}
		String street = (request.street() != null && !request.street().isBlank()) ? request.street().strip() : null;
		if (street != null && !this.taxonomy.contains(Taxonomy.Kind.STREETS, street)) {
			violations.add(new Violation("street", "unknown-code"));
		}
		String phone = null;
		if (request.contactPhone() != null && !request.contactPhone().isBlank()) {
			try {
				phone = MobileNumber.parse(request.contactPhone()).value();
			}
			catch (InvalidPrivateValue ex) {
				violations.add(new Violation("contactPhone", ex.code()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		String sealed = (phone != null) ? this.vault.seal(phone, Vault.context(id, "contact-phone")) : null;
		String contact = (request.contactName() != null && !request.contactName().isBlank())
				? request.contactName().strip() : null;
		return new Organisation.Details(request.name().strip(), request.type().strip(), street, contact, sealed);
	}

	private static AuditEntry entry(Caller caller, String action, UUID id) {
		return new AuditEntry(caller.subject(),
				String.join(" ", caller.roles().stream().map(Enum::name).sorted().toList()), action, "organisation",
				id.toString(), null);
	}

}
