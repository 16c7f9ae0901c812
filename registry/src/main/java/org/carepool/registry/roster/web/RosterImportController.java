package org.carepool.registry.roster.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carepool.registry.access.Caller;
import org.carepool.registry.roster.RosterColumn;
import org.carepool.registry.roster.RosterImports;
import org.carepool.registry.roster.RosterReport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coordinators bring rosters in: the template, an upload answered by a report, the
 * columns mapped anew, and the import started or resumed with a choice for each
 * duplicate.
 */
@RestController
@RequestMapping("/api/roster-imports")
@Tag(name = "roster imports", description = "Rosters brought in from spreadsheets")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')")
class RosterImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RosterImports imports;

	RosterImportController(RosterImports imports) {
		this.imports = imports;
	}

	@GetMapping("/template")
	@Operation(summary = "The roster template (.xlsx, Chinese headers, with a sheet of codes)")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("人员名册模板.xlsx", java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(this.imports.template());
	}

	@PostMapping(consumes = MediaType.ALL_VALUE)
	@Operation(summary = "Upload a roster (.xlsx or .csv, the file as the body); answers with its report")
	ResponseEntity<RosterReport> upload(@RequestParam @Size(max = 255) String fileName, @RequestBody byte[] content,
			Authentication authentication) {
		RosterReport report = this.imports.upload(Caller.of(authentication), fileName, content);
		return ResponseEntity.created(URI.create("/api/roster-imports/" + report.id())).body(report);
	}

	@GetMapping("/{id}")
	@Operation(summary = "The report on an import: columns, problems by row and cell, duplicates, progress")
	RosterReport report(@PathVariable UUID id, Authentication authentication) {
		return this.imports.report(Caller.of(authentication), id);
	}

	@PutMapping("/{id}/mapping")
	@Operation(summary = "Map the file's columns anew (column index to roster column)")
	RosterReport remap(@PathVariable UUID id, @Valid @RequestBody MappingRequest request,
			Authentication authentication) {
		return this.imports.remap(Caller.of(authentication), id, request.columns());
	}

	@PostMapping("/{id}/run")
	@Operation(summary = "Start or resume the import in the background, with a decision per duplicate row")
	ResponseEntity<RosterReport.Progress> run(@PathVariable UUID id,
			@Valid @RequestBody(required = false) RunRequest request, Authentication authentication) {
		Map<Integer, RosterReport.Decision> decisions = (request != null && request.decisions() != null)
				? request.decisions() : new LinkedHashMap<>();
		return ResponseEntity.accepted().body(this.imports.run(Caller.of(authentication), id, decisions));
	}

	@GetMapping("/{id}/progress")
	@Operation(summary = "How far an import is")
	RosterReport.Progress progress(@PathVariable UUID id, Authentication authentication) {
		return this.imports.progress(Caller.of(authentication), id);
	}

	/**
	 * What each column of the file is.
	 *
	 * @param columns roster columns by column index; columns left out are ignored
	 */
	record MappingRequest(@NotNull @Size(max = 100) Map<Integer, RosterColumn> columns) {
	}

	/**
	 * How to import.
	 *
	 * @param decisions for duplicate rows, by row number: skip or merge (skip when not
	 * said)
	 */
	record RunRequest(@Size(max = 20000) Map<Integer, RosterReport.Decision> decisions) {
	}

}
