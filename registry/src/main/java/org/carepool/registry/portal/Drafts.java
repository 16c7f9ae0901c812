package org.carepool.registry.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.carepool.registry.access.Caller;
import org.carepool.registry.api.InvalidInput;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.request.RequestManagement;
import org.carepool.registry.request.SubmitHelpRequest;
import org.carepool.registry.request.Submitted;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps partners' drafts: any user of the organisation may read, change, delete and
 * submit them; nobody else sees them, coordinators included (a draft is not yet a
 * request). Submitting validates the draft as a request and submits it with the draft's
 * id as the idempotency key, so a repeated submit never makes a second request.
 */
@Service
@Transactional
public class Drafts {

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Validator validator;

	private final RequestManagement requests;

	private final AuditTrail audit;

	private final Clock clock;

	Drafts(NamedParameterJdbcTemplate jdbc, ObjectMapper json, Validator validator, RequestManagement requests,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.validator = validator;
		this.requests = requests;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The organisation's drafts, last saved first.
	 * @param caller a partner user
	 * @return the drafts
	 */
	@Transactional(readOnly = true)
	public List<DraftResponse> list(Caller caller) {
		return this.jdbc.query("select * from request_draft where organisation_id = :org order by updated_at desc",
				new MapSqlParameterSource("org", organisation(caller)), this::row);
	}

	/**
	 * One of the organisation's drafts.
	 * @param caller a partner user
	 * @param id the draft's id
	 * @return the draft
	 */
	@Transactional(readOnly = true)
	public DraftResponse find(Caller caller, UUID id) {
		return this.jdbc
			.query("select * from request_draft where id = :id and organisation_id = :org",
					new MapSqlParameterSource("id", id).addValue("org", organisation(caller)), this::row)
			.stream()
			.findFirst()
			.orElseThrow(DraftNotFound::new);
	}

	/**
	 * Starts a draft.
	 * @param caller a partner user
	 * @param body the request as written so far
	 * @return the draft
	 */
	public DraftResponse create(Caller caller, ObjectNode body) {
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.update(
				"""
						insert into request_draft (id, version, organisation_id, title, body, created_by, created_at, updated_at)
						values (:id, 0, :org, :title, cast(:body as jsonb), :actor, :now, :now)""",
				new MapSqlParameterSource("id", id).addValue("org", organisation(caller))
					.addValue("title", title(body))
					.addValue("body", write(body))
					.addValue("actor", caller.subject())
					.addValue("now", Timestamp.from(now)));
		this.audit.record(entry(caller, "request-draft.create", id));
		return find(caller, id);
	}

	/**
	 * Saves a draft again.
	 * @param caller a partner user
	 * @param id the draft's id
	 * @param expectedVersion the version read, or {@code null} for any
	 * @param body the request as written now
	 * @return the draft
	 */
	public DraftResponse update(Caller caller, UUID id, Long expectedVersion, ObjectNode body) {
		DraftResponse current = find(caller, id);
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new StaleDraft();
		}
		this.jdbc.update("""
				update request_draft set version = version + 1, title = :title, body = cast(:body as jsonb),
				    updated_at = :now where id = :id""",
				new MapSqlParameterSource("id", id).addValue("title", title(body))
					.addValue("body", write(body))
					.addValue("now", Timestamp.from(this.clock.instant())));
		this.audit.record(entry(caller, "request-draft.update", id));
		return find(caller, id);
	}

	/**
	 * Deletes a draft.
	 * @param caller a partner user
	 * @param id the draft's id
	 */
	public void delete(Caller caller, UUID id) {
		find(caller, id);
		this.jdbc.update("delete from request_draft where id = :id", new MapSqlParameterSource("id", id));
		this.audit.record(entry(caller, "request-draft.delete", id));
	}

	/**
	 * Submits a draft as a request and deletes the draft.
	 * @param caller a partner user
	 * @param id the draft's id
	 * @return the request
	 */
	public Submitted submit(Caller caller, UUID id) {
		DraftResponse draft = find(caller, id);
		SubmitHelpRequest request;
		try {
			request = this.json.treeToValue(draft.body(), SubmitHelpRequest.class);
		}
		catch (JsonProcessingException ex) {
			throw InvalidInput.of("body", "type-mismatch");
		}
		Set<ConstraintViolation<SubmitHelpRequest>> violations = this.validator.validate(request);
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations.stream()
				.map((each) -> new InvalidInput.Violation(each.getPropertyPath().toString(), code(each)))
				.toList());
		}
		Submitted submitted = this.requests.submit(caller, request, "draft-" + id);
		this.jdbc.update("delete from request_draft where id = :id", new MapSqlParameterSource("id", id));
		return submitted;
	}

	private static String code(ConstraintViolation<?> violation) {
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return (constraint.equals("NotNull") || constraint.equals("NotBlank")) ? "required" : "type-mismatch";
	}

	private UUID organisation(Caller caller) {
		return caller.organisation().orElseThrow(() -> new AccessDeniedException("No organisation to act for"));
	}

	private String write(ObjectNode body) {
		try {
			return this.json.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String title(JsonNode body) {
		String title = body.path("title").asText("");
		return title.isBlank() ? null : title.substring(0, Math.min(100, title.length()));
	}

	private DraftResponse row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
		JsonNode body;
		try {
			body = this.json.readTree(rs.getString("body"));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		return new DraftResponse(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("title"), body,
				rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant());
	}

	private static AuditTrail.AuditEntry entry(Caller caller, String action, UUID id) {
		return new AuditTrail.AuditEntry(caller.subject(), caller.auditRoles(), action, "request-draft", id.toString(),
				null);
	}

}
