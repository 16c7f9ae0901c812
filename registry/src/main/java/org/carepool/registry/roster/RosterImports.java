package org.carepool.registry.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.carepool.registry.access.Caller;
import org.carepool.registry.api.InvalidInput.Violation;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;
import org.carepool.registry.person.PersonImports;
import org.carepool.registry.person.Screening;
import org.carepool.registry.privacy.Vault;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coordinators' roster imports: upload a file, see how its columns were understood and
 * what is wrong in each row and cell, choose for each duplicate whether to skip it or
 * merge it into the registered person, then import in batches (each all or nothing) that
 * go on where they stopped and never bring a row in twice.
 */
@Service
public class RosterImports implements DisposableBean {

	private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(RosterImports.class);

	private static final int PROBLEM_LIMIT = 1000;

	private static final Duration STALE = Duration.ofMinutes(2);

	private final RosterFiles files;

	private final RosterReading reading;

	private final RosterStore store;

	private final PersonImports people;

	private final Vault vault;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	private final RosterProperties properties;

	private final Clock clock;

	// One import at a time per instance: each batch holds the change log's append lock.
	private final ExecutorService runner = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "roster-import");
		thread.setDaemon(true);
		return thread;
	});

	RosterImports(RosterFiles files, RosterReading reading, RosterStore store, PersonImports people, Vault vault,
			AuditTrail audit, TransactionTemplate transactions, MessageSource messages, RosterProperties properties,
			Clock clock) {
		this.files = files;
		this.reading = reading;
		this.store = store;
		this.people = people;
		this.vault = vault;
		this.audit = audit;
		this.transactions = transactions;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Takes a roster file in and reports on it; nothing is registered yet.
	 * @param caller a coordinator
	 * @param fileName the file's name
	 * @param content the file
	 * @return the report
	 */
	@Transactional
	public RosterReport upload(Caller caller, String fileName, byte[] content) {
		String type = this.files.type(fileName, content);
		RosterSheet sheet = this.files.read(type, content);
		Map<Integer, RosterColumn> mapping = new LinkedHashMap<>();
		for (int i = 0; i < sheet.headers().size(); i++) {
			int index = i;
			RosterColumn.of(sheet.headers().get(i))
				.filter((column) -> !mapping.containsValue(column))
				.ifPresent((column) -> mapping.put(index, column));
		}
		UUID id = UUID.randomUUID();
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "roster." + type;
		name = (name.length() > 255) ? name.substring(name.length() - 255) : name;
		this.store.create(id, caller.subject(), this.clock.instant(), name, type, seal(id, content), mapping,
				sheet.rows().size());
		this.audit.record(entry(caller, "roster.upload", id).because("rows=" + sheet.rows().size()));
		return report(caller, id);
	}

	/**
	 * The report on an import.
	 * @param caller the coordinator who uploaded it
	 * @param id the import
	 * @return the report
	 */
	@Transactional(readOnly = true)
	public RosterReport report(Caller caller, UUID id) {
		RosterStore.Stored stored = stored(caller, id);
		if (stored.sealed() == null) {
			return new RosterReport(id, stored.fileName(), stored.status(), List.of(), stored.progress().total(), 0, 0,
					0, List.of(), 0, List.of(), stored.progress());
		}
		Screened screened = screen(caller, stored);
		List<RosterReport.Column> columns = new ArrayList<>();
		for (int i = 0; i < screened.sheet().headers().size(); i++) {
			columns.add(new RosterReport.Column(i, screened.sheet().headers().get(i), stored.mapping().get(i)));
		}
		Map<RosterColumn, String> headers = new HashMap<>();
		stored.mapping().forEach((index, column) -> headers.put(column, screened.sheet().headers().get(index)));
		Locale locale = LocaleContextHolder.getLocale();
		List<RosterReport.Problem> problems = screened.problems()
			.stream()
			.limit(PROBLEM_LIMIT)
			.map((problem) -> new RosterReport.Problem(problem.row(), problem.column(),
					(problem.column() != null) ? headers.get(problem.column()) : null, problem.code(),
					message(problem, locale), problem.suggestion()))
			.toList();
		List<RosterReport.Duplicate> duplicates = new ArrayList<>();
		int ready = 0;
		int invalid = 0;
		int already = 0;
		for (Row row : screened.rows()) {
			switch (row.state()) {
				case READY -> ready++;
				case INVALID -> invalid++;
				case ALREADY_IMPORTED -> already++;
				case DUPLICATE -> {
					Screening.Duplicate duplicate = row.screening().duplicate().orElseThrow();
					duplicates.add(new RosterReport.Duplicate(row.entry().row(), duplicate.field(),
							duplicate.existing().orElse(null), duplicate.name().orElse(null),
							decision(stored.decisions(), row)));
				}
			}
		}
		return new RosterReport(id, stored.fileName(), stored.status(), columns, screened.rows().size(), ready, invalid,
				already, problems, screened.problems().size(), duplicates, stored.progress());
	}

	/**
	 * Maps the file's columns anew, as the coordinator chose on the preview.
	 * @param caller the coordinator who uploaded it
	 * @param id the import
	 * @param mapping what each column index is, columns left out being ignored
	 * @return the new report
	 */
	@Transactional
	public RosterReport remap(Caller caller, UUID id, Map<Integer, RosterColumn> mapping) {
		RosterStore.Stored stored = stored(caller, id);
		if (!"PREVIEWED".equals(stored.status())) {
			throw new RosterRefused("started");
		}
		Map<Integer, RosterColumn> checked = new LinkedHashMap<>();
		mapping.forEach((index, column) -> {
			if (index < 0 || checked.containsValue(column)) {
				throw new RosterRefused("mapping");
			}
			checked.put(index, column);
		});
		this.store.remap(id, checked);
		return report(caller, id);
	}

	/**
	 * Starts an import, or resumes one that stopped, in the background.
	 * @param caller the coordinator who uploaded it
	 * @param id the import
	 * @param decisions for duplicate rows, by row number, what to do (skip when not said)
	 * @return the progress when it started
	 */
	public RosterReport.Progress run(Caller caller, UUID id, Map<Integer, RosterReport.Decision> decisions) {
		RosterStore.Stored stored = claim(caller, id, decisions);
		this.runner.submit(() -> write(caller, id, Integer.MAX_VALUE));
		return stored.progress();
	}

	/**
	 * How far an import is.
	 * @param caller the coordinator who uploaded it
	 * @param id the import
	 * @return the progress
	 */
	public RosterReport.Progress progress(Caller caller, UUID id) {
		RosterStore.Stored stored = stored(caller, id);
		return stored.progress();
	}

	/**
	 * The template to fill in.
	 * @return an .xlsx file
	 */
	public byte[] template() {
		return this.files.template();
	}

	RosterStore.Stored claim(Caller caller, UUID id, Map<Integer, RosterReport.Decision> decisions) {
		RosterStore.Stored stored = stored(caller, id);
		if ("COMPLETED".equals(stored.status())) {
			throw new RosterRefused("completed");
		}
		Instant now = this.clock.instant();
		Map<Integer, RosterReport.Decision> chosen = "PREVIEWED".equals(stored.status()) ? decisions
				: stored.decisions();
		if (!this.store.claim(id, chosen, now, now.minus(STALE))) {
			throw new RosterRefused("running");
		}
		return stored;
	}

	/**
	 * Writes the rows of a claimed import, batch after batch, from where it stopped.
	 * @param caller the coordinator who uploaded it
	 * @param id the import
	 * @param maxBatches at most this many batches (as if the process stopped after them)
	 */
	void write(Caller caller, UUID id, int maxBatches) {
		write(caller, id, maxBatches, this.properties.batchSize());
	}

	void write(Caller caller, UUID id, int maxBatches, int batchSize) {
		RosterStore.Stored stored = stored(caller, id);
		try {
			Screened screened = this.transactions.execute((status) -> screen(caller, stored));
			List<Row> rows = screened.rows();
			RosterReport.Progress progress = stored.progress();
			int batches = 0;
			while (progress.done() < rows.size()) {
				if (batches++ == maxBatches) {
					this.store.interrupt(id, "stopped");
					return;
				}
				List<Row> batch = rows.subList(progress.done(), Math.min(rows.size(), progress.done() + batchSize));
				RosterReport.Progress before = progress;
				progress = this.transactions.execute((status) -> writeBatch(caller, id, stored, batch, before));
			}
			String outcome = "created=" + progress.created() + " merged=" + progress.merged() + " skipped="
					+ progress.skipped() + " unchanged=" + progress.unchanged() + " invalid=" + progress.invalid();
			this.transactions.executeWithoutResult((status) -> {
				this.store.complete(id);
				this.audit.record(entry(caller, "roster.import", id).because(outcome));
			});
		}
		catch (RuntimeException ex) {
			// The batch rolled back as a whole; resuming starts with it again.
			logger.warn("Roster import {} stopped", id, ex);
			this.store.interrupt(id, (ex instanceof org.carepool.registry.person.DuplicatePerson) ? "duplicate"
					: "failed: " + ex.getClass().getSimpleName());
		}
	}

	private RosterReport.Progress writeBatch(Caller caller, UUID id, RosterStore.Stored stored, List<Row> batch,
			RosterReport.Progress progress) {
		int created = progress.created();
		int merged = progress.merged();
		int skipped = progress.skipped();
		int unchanged = progress.unchanged();
		int invalid = progress.invalid();
		Set<String> imported = this.store.imported(batch.stream().map((row) -> row.entry().key()).toList());
		List<Object[]> records = new ArrayList<>();
		Instant now = this.clock.instant();
		for (Row row : batch) {
			RosterEntry entry = row.entry();
			if (imported.contains(entry.key()) || row.state() == State.ALREADY_IMPORTED) {
				unchanged++;
				continue;
			}
			switch (row.state()) {
				case INVALID -> invalid++;
				case READY -> {
					UUID person = this.people.register(caller, entry.request(), entry.certifications());
					records.add(record(entry, id, "CREATED", person, now));
					created++;
				}
				case DUPLICATE -> {
					Optional<UUID> existing = row.screening().duplicate().flatMap(Screening.Duplicate::existing);
					if (decision(stored.decisions(), row) == RosterReport.Decision.MERGE && existing.isPresent()) {
						this.people.merge(caller, existing.get(), entry.request(), entry.certifications());
						records.add(record(entry, id, "MERGED", existing.get(), now));
						merged++;
					}
					else {
						records.add(record(entry, id, "SKIPPED", existing.orElse(null), now));
						skipped++;
					}
				}
				default -> unchanged++;
			}
		}
		this.store.record(records);
		RosterReport.Progress next = new RosterReport.Progress(progress.done() + batch.size(), progress.total(),
				created, merged, skipped, unchanged, invalid, null);
		this.store.advance(id, next, now);
		return next;
	}

	private static Object[] record(RosterEntry entry, UUID id, String outcome, UUID person, Instant now) {
		return new Object[] { entry.key(), id, entry.row(), outcome, person, java.sql.Timestamp.from(now) };
	}

	private static RosterReport.Decision decision(Map<Integer, RosterReport.Decision> decisions, Row row) {
		RosterReport.Decision decision = decisions.getOrDefault(row.entry().row(), RosterReport.Decision.SKIP);
		boolean mergeable = row.screening().duplicate().flatMap(Screening.Duplicate::existing).isPresent();
		return (decision == RosterReport.Decision.MERGE && mergeable) ? decision : RosterReport.Decision.SKIP;
	}

	private Screened screen(Caller caller, RosterStore.Stored stored) {
		RosterSheet sheet = this.files.read(stored.type(), open(stored));
		List<RosterEntry> entries = sheet.rows()
			.stream()
			.map((row) -> this.reading.read(row, stored.mapping()))
			.toList();
		Set<String> imported = this.store.imported(entries.stream().map(RosterEntry::key).toList());
		List<Row> rows = new ArrayList<>();
		List<RosterProblem> problems = new ArrayList<>();
		Map<String, Integer> phones = new HashMap<>();
		Map<String, Integer> residentIds = new HashMap<>();
		Map<String, Integer> contents = new HashMap<>();
		for (RosterEntry entry : entries) {
			if (imported.contains(entry.key())) {
				rows.add(new Row(entry, null, State.ALREADY_IMPORTED));
				continue;
			}
			List<RosterProblem> found = new ArrayList<>(entry.problems());
			Screening screening = this.people.screen(caller, entry.request());
			for (Violation violation : screening.violations()) {
				found.add(new RosterProblem(entry.row(), column(violation.field()), "rule." + violation.code(), null,
						null));
			}
			Integer same = contents.putIfAbsent(entry.key(), entry.row());
			Integer samePhone = (screening.phoneKey() != null) ? phones.putIfAbsent(screening.phoneKey(), entry.row())
					: null;
			Integer sameId = (screening.residentIdKey() != null)
					? residentIds.putIfAbsent(screening.residentIdKey(), entry.row()) : null;
			if (same != null) {
				found.add(new RosterProblem(entry.row(), null, "duplicate.row", null, same.toString()));
			}
			else if (sameId != null) {
				found.add(new RosterProblem(entry.row(), RosterColumn.RESIDENT_ID, "duplicate.in-file", null,
						sameId.toString()));
			}
			else if (samePhone != null) {
				found.add(new RosterProblem(entry.row(), RosterColumn.PHONE, "duplicate.in-file", null,
						samePhone.toString()));
			}
			problems.addAll(found);
			State state = !found.isEmpty() ? State.INVALID
					: screening.duplicate().isPresent() ? State.DUPLICATE : State.READY;
			rows.add(new Row(entry, screening, state));
		}
		return new Screened(sheet, rows, problems);
	}

	private static RosterColumn column(String field) {
		String name = field.replaceAll("\\[.*$|\\..*$", "");
		return switch (name) {
			case "name" -> RosterColumn.NAME;
			case "gender" -> RosterColumn.GENDER;
			case "birthYear" -> RosterColumn.BIRTH_YEAR;
			case "phone" -> RosterColumn.PHONE;
			case "email" -> RosterColumn.EMAIL;
			case "residentId" -> RosterColumn.RESIDENT_ID;
			case "homeStreet" -> RosterColumn.HOME_STREET;
			case "servedStreets" -> RosterColumn.SERVED_STREETS;
			case "skills" -> RosterColumn.SKILLS;
			case "types" -> RosterColumn.TYPES;
			case "employer" -> RosterColumn.EMPLOYER;
			case "title" -> RosterColumn.TITLE;
			default -> null;
		};
	}

	private String message(RosterProblem problem, Locale locale) {
		String key = problem.code().startsWith("rule.") ? "field." + problem.code().substring(5)
				: "roster.problem." + problem.code();
		String text = this.messages.getMessage(key, new Object[] { problem.argument(), problem.suggestion() },
				problem.code(), locale);
		if (problem.suggestion() != null) {
			text = text + this.messages.getMessage("roster.problem.suggestion", new Object[] { problem.suggestion() },
					"", locale);
		}
		return text;
	}

	private RosterStore.Stored stored(Caller caller, UUID id) {
		return this.store.find(id, caller.subject()).orElseThrow(() -> new RosterImportNotFound(id));
	}

	private String seal(UUID id, byte[] content) {
		return this.vault.seal(Base64.getEncoder().encodeToString(content), Vault.context(id, "roster"));
	}

	private byte[] open(RosterStore.Stored stored) {
		return Base64.getDecoder().decode(this.vault.open(stored.sealed(), Vault.context(stored.id(), "roster")));
	}

	private static AuditEntry entry(Caller caller, String action, UUID id) {
		return new AuditEntry(caller.subject(), caller.auditRoles(), action, "roster-import", id.toString(), null);
	}

	@Override
	public void destroy() {
		this.runner.shutdownNow();
	}

	enum State {

		READY, INVALID, DUPLICATE, ALREADY_IMPORTED

	}

	record Row(RosterEntry entry, Screening screening, State state) {
	}

	record Screened(RosterSheet sheet, List<Row> rows, List<RosterProblem> problems) {
	}

}
