package org.carepool.ui.requests.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.carepool.ui.registry.Answer;
import org.carepool.ui.registry.Labels;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;
import org.carepool.ui.requests.Candidate;
import org.carepool.ui.requests.Criteria;
import org.carepool.ui.requests.Draw;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request inbox, a request's page and its staffing.
 */
@Controller
class RequestsController {

	static final List<String> STATUSES = List.of("SUBMITTED", "ACCEPTED", "STAFFING", "STAFFED", "IN_PROGRESS",
			"COMPLETED", "REJECTED", "CANCELLED");

	private final RegistryClient registry;

	RequestsController(RegistryClient registry) {
		this.registry = registry;
	}

	@GetMapping("/requests")
	String inbox(@RequestParam(defaultValue = "SUBMITTED") String status, Model model) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		if (STATUSES.contains(status)) {
			query.add("status", status);
		}
		query.add("limit", "100");
		model.addAttribute("status", status);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("page", this.registry.get("/api/requests", query));
		labels(model);
		return "requests/inbox";
	}

	@GetMapping("/requests/{id}")
	String request(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> request = this.registry.get("/api/requests/{id}", id);
		model.addAttribute("r", request.body());
		model.addAttribute("etag", request.etag());
		List<Map<String, Object>> invitations = this.registry.list("/api/requests/{id}/invitations", id);
		model.addAttribute("invitations", invitations);
		model.addAttribute("logged", logged(id, request.body(), invitations));
		labels(model);
		return "requests/request";
	}

	@PostMapping("/requests/{id}/{action:accept|reject|staffing|start|complete|cancel}")
	String move(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String etag,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Object body = (action.equals("reject") || action.equals("cancel"))
				? Map.of("reason", (reason != null) ? reason : "") : null;
		try {
			this.registry.post("/api/requests/{id}/" + action, body, etag, id);
			redirect.addFlashAttribute("done", "requests.done." + action);
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		return "redirect:/requests/" + id + (action.equals("staffing") ? "/staffing" : "");
	}

	@GetMapping("/requests/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> request = this.registry.get("/api/requests/{id}", id);
		model.addAttribute("r", request.body());
		model.addAttribute("form", EditForm.of(request.body()));
		model.addAttribute("etag", request.etag());
		return "requests/edit";
	}

	@PostMapping("/requests/{id}/edit")
	String save(@PathVariable UUID id, EditForm form, @RequestParam String etag, Model model,
			RedirectAttributes redirect) {
		Answer<Map<String, Object>> current = this.registry.get("/api/requests/{id}", id);
		try {
			this.registry.put("/api/requests/{id}", form.applyTo(current.body()), etag, id);
			redirect.addFlashAttribute("done", "requests.done.edit");
			return "redirect:/requests/" + id;
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			model.addAttribute("r", current.body());
			model.addAttribute("form", form);
			if (problem.status() == 412) {
				// Someone changed it meanwhile: show theirs beside ours, keep ours in the
				// form.
				model.addAttribute("theirs", EditForm.of(current.body()));
				model.addAttribute("etag", current.etag());
			}
			else {
				model.addAttribute("etag", etag);
			}
			return "requests/edit";
		}
	}

	@GetMapping("/requests/{id}/staffing")
	String staffing(@PathVariable UUID id, @RequestParam(required = false) String whyNot,
			@RequestParam(defaultValue = "ranked") String mode,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Answer<Map<String, Object>> request = this.registry.get("/api/requests/{id}", id);
		model.addAttribute("r", request.body());
		model.addAttribute("etag", request.etag());
		List<Map<String, Object>> invitations = this.registry.list("/api/requests/{id}/invitations", id);
		model.addAttribute("invitations", invitations);
		if (mode.equals("draw")) {
			model.addAttribute("mode", "draw");
			List<Map<String, Object>> draws = this.registry.list("/api/requests/{id}/draws", id);
			model.addAttribute("draw", draws.isEmpty() ? null : Draw.of(draws.get(0), invitations));
			model.addAttribute("earlierDraws", Math.max(0, draws.size() - 1));
			model.addAttribute("specialties", specialties(request.body()));
			labels(model);
			return "requests/staffing";
		}
		model.addAttribute("mode", "ranked");
		try {
			Map<String, Object> matches = this.registry.get("/api/requests/{id}/matches?limit=10", id).body();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> candidates = (List<Map<String, Object>>) matches.get("candidates");
			model.addAttribute("eligible", matches.get("eligible"));
			model.addAttribute("candidates", candidates.stream().map(Candidate::of).toList());
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500 && !problem.isSearchUnavailable()) {
				throw problem;
			}
			model.addAttribute("matchProblem", problem);
			model.addAttribute("candidates", List.of());
		}
		if (whyNot != null && !whyNot.isBlank()) {
			model.addAttribute("whyNot", whyNot.strip());
			model.addAttribute("whyNotAnswer", whyNot(request.body(), whyNot.strip()));
		}
		labels(model);
		return (htmx != null && whyNot != null) ? "requests/staffing :: why-not" : "requests/staffing";
	}

	@PostMapping("/requests/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam UUID person, RedirectAttributes redirect) {
		return act(id, redirect, "requests.done.invite",
				() -> this.registry.post("/api/requests/{id}/invitations", Map.of("person", person), null, id));
	}

	@PostMapping("/requests/{id}/invitations/{invitation}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID invitation, RedirectAttributes redirect) {
		return act(id, redirect, "requests.done.withdraw", () -> this.registry
			.post("/api/requests/{id}/invitations/{invitation}/withdraw", null, null, id, invitation));
	}

	/**
	 * Draws experts at random for the request: a quota for each specialty (fields named
	 * {@code quota.<code>}), perhaps a rotation window and a seed to repeat a draw.
	 */
	@PostMapping("/requests/{id}/draws")
	String draw(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Object> quotas = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("quota.") && value != null && !value.isBlank() && !value.strip().equals("0")) {
				quotas.put(name.substring("quota.".length()), value.strip());
			}
		});
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("quotas", quotas);
		blankless(form.get("rotationDays")).ifPresent((days) -> body.put("rotationDays", days));
		blankless(form.get("seed")).ifPresent((seed) -> body.put("seed", seed));
		String shown = draws(id, redirect, "requests.done.draw",
				() -> this.registry.post("/api/requests/{id}/draws", body, null, id));
		if (redirect.getFlashAttributes().containsKey("actionProblem")) {
			// Refused: the form comes back as it was typed.
			redirect.addFlashAttribute("drawForm", form);
		}
		return shown;
	}

	@PostMapping("/requests/{id}/draws/{draw}/redraw")
	String redraw(@PathVariable UUID id, @PathVariable UUID draw, @RequestParam UUID person,
			RedirectAttributes redirect) {
		return draws(id, redirect, "requests.done.redraw", () -> this.registry
			.post("/api/requests/{id}/draws/{draw}/redraw", Map.of("person", person), null, id, draw));
	}

	/**
	 * Replays a draw from its recorded seed and pools; the answer (the same people or
	 * not) is shown once on the staffing page.
	 */
	@PostMapping("/requests/{id}/draws/{draw}/replay")
	@SuppressWarnings("unchecked")
	String replay(@PathVariable UUID id, @PathVariable UUID draw, RedirectAttributes redirect) {
		return draws(id, redirect, null, () -> {
			Map<String, Object> replay = this.registry
				.post("/api/requests/{id}/draws/{draw}/replay", null, null, id, draw)
				.body();
			List<Map<String, Object>> invitations = this.registry.list("/api/requests/{id}/invitations", id);
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("matches", Boolean.TRUE.equals(replay.get("matches")));
			shown.put("seed", String.valueOf(replay.get("seed")));
			shown.put("recorded", Draw.names((List<Object>) replay.get("recorded"), invitations));
			shown.put("replayed", Draw.names((List<Object>) replay.get("replayed"), invitations));
			redirect.addFlashAttribute("replay", shown);
		});
	}

	@PostMapping("/requests/{id}/hours")
	String hours(@PathVariable UUID id, @RequestParam UUID person, @RequestParam String hours,
			RedirectAttributes redirect) {
		try {
			this.registry.post("/api/requests/{id}/service-records", Map.of("person", person, "hours", hours), null,
					id);
			redirect.addFlashAttribute("done", "requests.done.hours");
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		return "redirect:/requests/" + id;
	}

	/**
	 * The hours already logged on a completed request, by person, so the page shows them
	 * instead of asking again.
	 */
	private Map<Object, Map<String, Object>> logged(UUID id, Map<String, Object> request,
			List<Map<String, Object>> invitations) {
		Map<Object, Map<String, Object>> logged = new LinkedHashMap<>();
		if (!"COMPLETED".equals(request.get("status"))) {
			return logged;
		}
		for (Map<String, Object> invitation : invitations) {
			if ("ACCEPTED".equals(invitation.get("status"))) {
				this.registry.list("/api/people/{person}/service-records", invitation.get("person"))
					.stream()
					.filter((record) -> id.toString().equals(record.get("request")))
					.findFirst()
					.ifPresent((record) -> logged.put(invitation.get("person"), record));
			}
		}
		return logged;
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		attempt(redirect, done, action);
		return "redirect:/requests/" + id + "/staffing";
	}

	private String draws(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		attempt(redirect, done, action);
		return "redirect:/requests/" + id + "/staffing?mode=draw";
	}

	/**
	 * Runs a change; what the registry refuses is shown on the page the change returns
	 * to, anything worse on the problem page.
	 */
	private static void attempt(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			if (done != null) {
				redirect.addFlashAttribute("done", done);
			}
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
	}

	/**
	 * The specialties a draw may ask for: the request's required skills, then its
	 * preferred ones.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> specialties(Map<String, Object> request) {
		List<String> codes = new java.util.ArrayList<>();
		for (String field : new String[] { "requiredSkills", "preferredSkills" }) {
			for (Object skill : (List<Object>) request.getOrDefault(field, List.of())) {
				Object code = (skill instanceof Map<?, ?> map) ? map.get("code") : skill;
				if (code != null && !codes.contains(code.toString())) {
					codes.add(code.toString());
				}
			}
		}
		return codes;
	}

	private static java.util.Optional<String> blankless(String value) {
		return (value == null || value.isBlank()) ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
	}

	private Map<String, Object> whyNot(Map<String, Object> request, String name) {
		Map<String, Object> answer = new LinkedHashMap<>();
		List<Map<String, Object>> found = this.registry.list("/api/people/suggest?q={q}", name);
		Map<String, Object> person = found.stream()
			.filter((each) -> name.equals(each.get("name")))
			.findFirst()
			.orElse(found.isEmpty() ? null : found.get(0));
		if (person == null) {
			answer.put("unknown", true);
			return answer;
		}
		answer.put("name", person.get("name"));
		answer.put("id", person.get("id"));
		Map<String, Object> result = this.registry
			.post("/api/matches/why-not?person={person}", Criteria.of(request), null, person.get("id"))
			.body();
		answer.put("failed", result.getOrDefault("failed", List.of()));
		return answer;
	}

	private void labels(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("streets", Labels.of(this.registry.list("/api/taxonomy/streets"), locale));
		model.addAttribute("skills", Labels.of(this.registry.list("/api/taxonomy/skills"), locale));
		model.addAttribute("categories", Labels.of(this.registry.list("/api/taxonomy/request-categories"), locale));
	}

}
