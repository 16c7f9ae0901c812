package org.carepool.ui.queues.web;

import java.util.Locale;
import java.util.UUID;

import org.carepool.ui.registry.Labels;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vetting, verification and hours approval, each a list with the action on the row.
 */
@Controller
class QueuesController {

	private final RegistryClient registry;

	QueuesController(RegistryClient registry) {
		this.registry = registry;
	}

	@GetMapping("/queues")
	String queues(Model model) {
		MultiValueMap<String, String> applicants = new LinkedMultiValueMap<>();
		applicants.add("status", "APPLICANT");
		applicants.add("limit", "50");
		model.addAttribute("applicants", this.registry.get("/api/people", applicants).get("items"));
		model.addAttribute("certifications", this.registry.list("/api/queues/certifications?limit=50"));
		model.addAttribute("hours", this.registry.list("/api/queues/hours?limit=50"));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("certificationTypes",
				Labels.of(this.registry.list("/api/taxonomy/certification-types"), locale));
		model.addAttribute("streets", Labels.of(this.registry.list("/api/taxonomy/streets"), locale));
		return "queues/queues";
	}

	@PostMapping("/queues/hours/{request}/{record}/approve")
	String approve(@PathVariable UUID request, @PathVariable UUID record, RedirectAttributes redirect) {
		try {
			this.registry.post("/api/requests/{id}/service-records/{record}/approve", null, null, request, record);
			redirect.addFlashAttribute("done", "queues.done.approve");
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		return "redirect:/queues#hours";
	}

}
