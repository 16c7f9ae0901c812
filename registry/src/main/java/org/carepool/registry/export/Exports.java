package org.carepool.registry.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.carepool.registry.access.Caller;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;
import org.carepool.registry.person.ExportedPerson;
import org.carepool.registry.person.PersonExports;
import org.carepool.registry.person.PersonFilter;
import org.carepool.registry.taxonomy.Taxonomy;
import org.carepool.registry.time.Shanghai;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports of the people a coordinator may see, as they searched for them: streamed,
 * masked unless a reason is stated (each revealed person audited like a reveal), and the
 * export itself audited with its filter and row count.
 */
@Service
public class Exports {

	private static final List<String> PEOPLE_COLUMNS = List.of("name", "status", "types", "gender", "birthYear",
			"homeStreet", "servedStreets", "skills", "phone", "email", "createdOn", "id");

	private final PersonExports people;

	private final Taxonomy taxonomy;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	Exports(PersonExports people, Taxonomy taxonomy, AuditTrail audit, TransactionTemplate transactions,
			MessageSource messages) {
		this.people = people;
		this.taxonomy = taxonomy;
		this.audit = audit;
		this.transactions = transactions;
		this.messages = messages;
	}

	/**
	 * Writes the people the caller may see under a filter.
	 * @param caller a coordinator; a street coordinator's export holds their street only
	 * @param filter the search's filter
	 * @param format the file format
	 * @param reason why contact details are needed in full, or {@code null} to mask them
	 * @param locale the language of the headers and labels
	 * @param out where the file goes
	 * @return how many people were written
	 */
	public int people(Caller caller, PersonFilter filter, ExportFormat format, String reason, Locale locale,
			OutputStream out) {
		boolean reveal = reason != null && !reason.isBlank();
		List<String> revealed = new ArrayList<>();
		int rows;
		try (Table table = Table.of(format, out, this.messages.getMessage("export.people.sheet", null, locale))) {
			table.row(PEOPLE_COLUMNS.stream()
				.map((column) -> this.messages.getMessage("export.people." + column, null, locale))
				.toList());
			rows = this.people.export(caller, filter, reveal, (person) -> {
				table.row(row(person, locale));
				if (reveal) {
					revealed.add(person.id().toString());
					if (revealed.size() == 500) {
						auditReveals(caller, revealed, reason);
					}
				}
			});
		}
		if (reveal) {
			auditReveals(caller, revealed, reason);
		}
		String summary = "filter=" + describe(filter) + " rows=" + rows + " format=" + format.extension()
				+ (reveal ? " contacts=revealed reason=" + reason.strip() : " contacts=masked");
		this.transactions
			.executeWithoutResult((status) -> this.audit.record(new AuditEntry(caller.subject(), caller.auditRoles(),
					"export.people", "export", null, summary.substring(0, Math.min(summary.length(), 500)))));
		return rows;
	}

	private void auditReveals(Caller caller, List<String> ids, String reason) {
		List<String> batch = List.copyOf(ids);
		ids.clear();
		this.transactions
			.executeWithoutResult((status) -> batch.forEach((id) -> this.audit.record(new AuditEntry(caller.subject(),
					caller.auditRoles(), "person.contact-reveal", "person", id, "export: " + reason))));
	}

	private List<String> row(ExportedPerson person, Locale locale) {
		boolean chinese = locale.getLanguage().equals("zh");
		return List.of(person.name(), label("person.status." + person.status().name(), locale),
				person.types()
					.stream()
					.map((type) -> label("person.type." + type.name(), locale))
					.sorted()
					.collect(Collectors.joining("、")),
				(person.gender() != null) ? label("person.gender." + person.gender().name(), locale) : "",
				(person.birthYear() != null) ? person.birthYear().toString() : "", street(person.homeStreet(), chinese),
				person.servedStreets().stream().map((code) -> street(code, chinese)).collect(Collectors.joining("、")),
				person.skills().stream().map((skill) -> {
					String[] parts = skill.split(":");
					String name = this.taxonomy.skill(parts[0])
						.map((known) -> chinese ? known.nameZh() : known.nameEn())
						.orElse(parts[0]);
					return name + "(" + parts[1] + ")";
				}).collect(Collectors.joining("、")), (person.phone() != null) ? person.phone() : "",
				(person.email() != null) ? person.email() : "",
				person.createdAt().atZone(Shanghai.ZONE).toLocalDate().toString(), person.id().toString());
	}

	private String street(String code, boolean chinese) {
		if (code == null) {
			return "";
		}
		return this.taxonomy.street(code).map((street) -> chinese ? street.nameZh() : street.nameEn()).orElse(code);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage("export." + key, null, key, locale);
	}

	private static String describe(PersonFilter filter) {
		StringJoiner text = new StringJoiner(",", "{", "}");
		if (filter.status() != null) {
			text.add("status:" + filter.status());
		}
		if (filter.type() != null) {
			text.add("type:" + filter.type());
		}
		if (filter.street() != null) {
			text.add("street:" + filter.street());
		}
		if (filter.skill() != null) {
			text.add("skill:" + filter.skill() + ">=" + ((filter.minLevel() != null) ? filter.minLevel() : 1));
		}
		if (filter.name() != null) {
			text.add("name:" + filter.name());
		}
		return text.toString();
	}

}
