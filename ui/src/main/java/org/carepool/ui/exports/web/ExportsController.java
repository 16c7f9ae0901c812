package org.carepool.ui.exports.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.carepool.ui.registry.Labels;
import org.carepool.ui.registry.RegistryClient;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coordinators export a list of people as .xlsx or .csv: the filters of their search,
 * contact details masked unless they state a reason.
 */
@Controller
class ExportsController {

	static final List<String> FILTERS = List.of("status", "type", "street", "skill", "minLevel", "name");

	private final RegistryClient registry;

	ExportsController(RegistryClient registry) {
		this.registry = registry;
	}

	@GetMapping("/people/export")
	String form(@RequestParam Map<String, String> parameters, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("query", parameters);
		model.addAttribute("streets", Labels.of(this.registry.list("/api/taxonomy/streets"), locale));
		model.addAttribute("skills", Labels.of(this.registry.list("/api/taxonomy/skills"), locale));
		return "exports/people";
	}

	// Written on the request's own thread, so that the user's token is relayed; the
	// registry's stream is copied through, never held.
	@GetMapping("/people/export/file")
	void file(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
		String format = "XLSX".equals(parameters.get("format")) ? "XLSX" : "CSV";
		Map<String, String> query = new LinkedHashMap<>();
		FILTERS.forEach((name) -> query.put(name, parameters.get(name)));
		query.put("format", format);
		query.put("reason", parameters.get("reason"));
		String extension = format.toLowerCase(Locale.ROOT);
		response.setContentType("XLSX".equals(format)
				? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("people." + extension, java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		this.registry.stream("/api/exports/people", query, response.getOutputStream());
	}

}
