package org.carepool.ui.roster.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators upload a roster, check the preview (columns, problems by row and cell,
 * duplicates to skip or merge), start the import and follow its progress.
 */
@Controller
class RosterController {

	static final List<String> COLUMNS = List.of("NAME", "GENDER", "BIRTH_YEAR", "RESIDENT_ID", "PHONE", "EMAIL",
			"HOME_STREET", "SERVED_STREETS", "SKILLS", "CERTIFICATIONS", "TYPES", "EMPLOYER", "TITLE");

	private final RegistryClient registry;

	RosterController(RegistryClient registry) {
		this.registry = registry;
	}

	@GetMapping("/roster")
	String upload(@RequestParam(required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			model.addAttribute("tooLarge", true);
		}
		return "roster/upload";
	}

	@GetMapping("/roster/template")
	ResponseEntity<byte[]> template() {
		RegistryClient.Download template = this.registry.download("/api/roster-imports/template");
		return ResponseEntity.ok()
			.contentType(template.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, template.disposition().toString())
			.body(template.content());
	}

	@PostMapping("/roster")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("missing", true);
			return "roster/upload";
		}
		try {
			Map<String, Object> report = this.registry.upload("/api/roster-imports", file.getBytes(),
					MediaType.APPLICATION_OCTET_STREAM,
					Map.of("fileName", (file.getOriginalFilename() != null) ? file.getOriginalFilename() : ""));
			return "redirect:/roster/" + report.get("id");
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			return "roster/upload";
		}
	}

	@GetMapping("/roster/{id}")
	String preview(@PathVariable UUID id, Model model) {
		Map<String, Object> report = this.registry.get("/api/roster-imports/{id}", id).body();
		model.addAttribute("report", report);
		model.addAttribute("columns", COLUMNS);
		return "roster/preview";
	}

	@GetMapping("/roster/{id}/progress")
	String progress(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		Map<String, Object> report = this.registry.get("/api/roster-imports/{id}", id).body();
		model.addAttribute("report", report);
		model.addAttribute("columns", COLUMNS);
		return (htmx != null) ? "roster/preview :: progress" : "roster/preview";
	}

	@PostMapping("/roster/{id}/mapping")
	String remap(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> columns = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("column-") && COLUMNS.contains(value)) {
				columns.put(name.substring("column-".length()), value);
			}
		});
		try {
			this.registry.put("/api/roster-imports/{id}/mapping", Map.of("columns", columns), null, id);
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		return "redirect:/roster/" + id;
	}

	@PostMapping("/roster/{id}/run")
	String run(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> decisions = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("row-") && ("SKIP".equals(value) || "MERGE".equals(value))) {
				decisions.put(name.substring("row-".length()), value.toUpperCase(Locale.ROOT));
			}
		});
		try {
			this.registry.post("/api/roster-imports/{id}/run", Map.of("decisions", decisions), null, id);
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		return "redirect:/roster/" + id + "#progress";
	}

}
