package org.carepool.registry.export.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.carepool.registry.access.Caller;
import org.carepool.registry.export.ExportFormat;
import org.carepool.registry.export.Exports;
import org.carepool.registry.person.PersonFilter;
import org.carepool.registry.person.PersonStatus;
import org.carepool.registry.person.PersonType;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Coordinators export what they searched for, as .csv or .xlsx, streamed.
 */
@RestController
@RequestMapping("/api/exports")
@Tag(name = "exports", description = "Lists as spreadsheets")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('COORDINATOR', 'STREET_COORDINATOR')")
class ExportController {

	private final Exports exports;

	ExportController(Exports exports) {
		this.exports = exports;
	}

	@GetMapping("/people")
	@Operation(summary = "Export the people a list or search shows (masked contacts unless a reason is given)")
	ResponseEntity<StreamingResponseBody> people(@RequestParam(defaultValue = "CSV") ExportFormat format,
			@RequestParam(required = false) PersonStatus status, @RequestParam(required = false) PersonType type,
			@RequestParam(required = false) @Size(max = 40) String street,
			@RequestParam(required = false) @Size(max = 60) String skill,
			@RequestParam(required = false) @Min(1) @Max(5) Integer minLevel,
			@RequestParam(required = false) @Size(max = 50) String name,
			@RequestParam(required = false) @Size(max = 200) String reason, Authentication authentication) {
		Caller caller = Caller.of(authentication);
		Locale locale = LocaleContextHolder.getLocale();
		PersonFilter filter = new PersonFilter(status, type, street, skill, minLevel, name);
		StreamingResponseBody body = (out) -> this.exports.people(caller, filter, format, reason, locale, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("people." + format.extension(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
	}

}
