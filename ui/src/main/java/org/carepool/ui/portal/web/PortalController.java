package org.carepool.ui.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.carepool.ui.registry.Answer;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner portal: my organisation's requests and drafts, writing a request, a
 * request's timeline with who serves it, editing, cancelling and rating. The registry
 * decides what the partner may see; the pages show of people only the display name of
 * whoever accepted.
 */
@Controller
class PortalController {

	static final List<String> CATEGORIES = List.of("family-support", "reproductive-health-consulting",
			"prenatal-childcare-guidance", "family-health-promotion", "rights-protection", "publicity-education");

	private final RegistryClient registry;

	PortalController(RegistryClient registry) {
		this.registry = registry;
	}

	@GetMapping("/portal")
	String overview(Model model) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("limit", "200");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> items = new ArrayList<>(
				(List<Map<String, Object>>) this.registry.get("/api/requests", query).get("items"));
		items.sort((a, b) -> String.valueOf(b.get("updatedAt")).compareTo(String.valueOf(a.get("updatedAt"))));
		model.addAttribute("requests", items);
		model.addAttribute("drafts", this.registry.list("/api/request-drafts"));
		labels(model);
		return "portal/overview";
	}

	@GetMapping("/portal/new")
	String blank(Model model) {
		return form(model, RequestForm.blank(), null, null, null);
	}

	@GetMapping("/portal/drafts/{id}")
	String draft(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> draft = this.registry.get("/api/request-drafts/{id}", id);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) draft.body().get("body");
		return form(model, RequestForm.of(body), id, draft.etag(), null);
	}

	/**
	 * Saves the form as a draft (a new one, or the one it came from), and with
	 * {@code submit} also submits it; a refusal shows the form again with what was typed,
	 * the draft kept.
	 */
	@PostMapping("/portal/drafts")
	String save(RequestForm form, @RequestParam(required = false) UUID draft,
			@RequestParam(required = false) String etag, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect) {
		UUID id = draft;
		String tag = etag;
		try {
			Answer<Map<String, Object>> saved = (id == null)
					? this.registry.post("/api/request-drafts", form.toBody(), null)
					: this.registry.put("/api/request-drafts/{id}", form.toBody(), etag, id);
			id = UUID.fromString(String.valueOf(saved.body().get("id")));
			tag = saved.etag();
			if (!action.equals("submit")) {
				redirect.addFlashAttribute("done", "portal.done.saved");
				return "redirect:/portal/drafts/" + id;
			}
			Answer<Map<String, Object>> request = this.registry.post("/api/request-drafts/{id}/submit", null, null, id);
			redirect.addFlashAttribute("done", "portal.done.submitted");
			return "redirect:/portal/requests/" + request.body().get("id");
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			return form(model, form, id, tag, problem);
		}
	}

	@PostMapping("/portal/drafts/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.registry.delete("/api/request-drafts/{id}", id);
		redirect.addFlashAttribute("done", "portal.done.deleted");
		return "redirect:/portal";
	}

	@GetMapping("/portal/requests/{id}")
	String request(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> request = this.registry.get("/api/requests/{id}", id);
		model.addAttribute("r", request.body());
		model.addAttribute("etag", request.etag());
		// The registry gives a partner only the accepted invitations, without reasons or
		// the inviting coordinator; the page shows each person's display name only.
		List<Map<String, Object>> serving = this.registry.list("/api/requests/{id}/invitations", id)
			.stream()
			.filter((each) -> "ACCEPTED".equals(each.get("status")))
			.map((each) -> {
				Map<String, Object> person = new LinkedHashMap<>();
				person.put("person", each.get("person"));
				person.put("name", each.get("personName"));
				return person;
			})
			.toList();
		model.addAttribute("serving", serving);
		labels(model);
		return "portal/request";
	}

	@GetMapping("/portal/requests/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> request = this.registry.get("/api/requests/{id}", id);
		model.addAttribute("request", request.body());
		return form(model, RequestForm.of(request.body()), null, request.etag(), null);
	}

	@PostMapping("/portal/requests/{id}/edit")
	String change(@PathVariable UUID id, RequestForm form, @RequestParam String etag, Model model,
			RedirectAttributes redirect) {
		try {
			this.registry.put("/api/requests/{id}", form.toBody(), etag, id);
			redirect.addFlashAttribute("done", "portal.done.changed");
			return "redirect:/portal/requests/" + id;
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			Answer<Map<String, Object>> current = this.registry.get("/api/requests/{id}", id);
			model.addAttribute("request", current.body());
			// On a conflict the form keeps what was typed and carries the newer version,
			// so saving again is a deliberate choice.
			return form(model, form, null, (problem.status() == 412) ? current.etag() : etag, problem);
		}
	}

	@GetMapping("/portal/requests/{id}/cancel")
	String confirmCancel(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> request = this.registry.get("/api/requests/{id}", id);
		model.addAttribute("r", request.body());
		model.addAttribute("etag", request.etag());
		return "portal/cancel";
	}

	@PostMapping("/portal/requests/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam String etag, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		try {
			this.registry.post("/api/requests/{id}/cancel", Map.of("reason", reason), etag, id);
			redirect.addFlashAttribute("done", "portal.done.cancelled");
			return "redirect:/portal/requests/" + id;
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			Answer<Map<String, Object>> request = this.registry.get("/api/requests/{id}", id);
			model.addAttribute("r", request.body());
			model.addAttribute("etag", request.etag());
			model.addAttribute("problem", problem);
			model.addAttribute("reason", reason);
			return "portal/cancel";
		}
	}

	@PostMapping("/portal/requests/{id}/ratings")
	String rate(@PathVariable UUID id, @RequestParam UUID person, @RequestParam int stars,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("person", person);
			body.put("stars", stars);
			if (!comment.isBlank()) {
				body.put("comment", comment.strip());
			}
			this.registry.post("/api/requests/{id}/ratings", body, null, id);
			redirect.addFlashAttribute("done", "portal.done.rated");
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		return "redirect:/portal/requests/" + id;
	}

	private String form(Model model, RequestForm form, UUID draft, String etag, RegistryProblem problem) {
		model.addAttribute("form", form);
		model.addAttribute("draft", draft);
		model.addAttribute("etag", etag);
		model.addAttribute("problem", problem);
		model.addAttribute("days", RequestForm.DAYS);
		model.addAttribute("categoryCodes", CATEGORIES);
		labels(model);
		Map<String, Map<String, String>> skillsByArea = new LinkedHashMap<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (Map<String, Object> skill : this.registry.list("/api/taxonomy/skills")) {
			String area = String.valueOf(skill.get("area"));
			skillsByArea.computeIfAbsent(area, (key) -> new LinkedHashMap<>())
				.put(String.valueOf(skill.get("code")),
						String.valueOf(skill.get(locale.getLanguage().equals("en") ? "nameEn" : "nameZh")));
		}
		model.addAttribute("skillsByArea", skillsByArea);
		model.addAttribute("openAreas",
				skillsByArea.entrySet()
					.stream()
					.filter((area) -> area.getValue().keySet().stream().anyMatch(form.skills()::contains))
					.map(Map.Entry::getKey)
					.toList());
		return "portal/form";
	}

	private void labels(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("streets", Labels.of(this.registry.list("/api/taxonomy/streets"), locale));
		model.addAttribute("skills", Labels.of(this.registry.list("/api/taxonomy/skills"), locale));
		model.addAttribute("categories", Labels.of(this.registry.list("/api/taxonomy/request-categories"), locale));
	}

}
