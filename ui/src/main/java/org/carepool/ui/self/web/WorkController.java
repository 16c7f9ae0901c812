package org.carepool.ui.self.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carepool.ui.frame.TimeFormat;
import org.carepool.ui.registry.Labels;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;
import org.carepool.ui.self.AssignmentCalendar;
import org.carepool.ui.self.Visit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My work: the invitations I am to answer, with only what I may see of each request (the
 * registry stages a special family's details until I accept), my upcoming assignments
 * with a calendar file, the hours to report for completed ones, and my record.
 */
@Controller
class WorkController {

	private static final Set<String> UNDER_WAY = Set.of("STAFFING", "STAFFED", "IN_PROGRESS");

	private final RegistryClient registry;

	private final MessageSource messages;

	WorkController(RegistryClient registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/work")
	String work(Model model) {
		List<Invited> all;
		try {
			all = invitations();
		}
		catch (RegistryProblem problem) {
			return ProfileController.unlinked(problem);
		}
		model.addAttribute("pending", all.stream().filter(Invited::toAnswer).toList());
		model.addAttribute("upcoming", all.stream().filter(Invited::upcoming).toList());
		model.addAttribute("toReport", all.stream().filter(Invited::toReport).toList());
		model.addAttribute("past",
				all.stream().filter((each) -> !each.toAnswer() && !each.upcoming() && !each.toReport()).toList());
		model.addAttribute("record", this.registry.get("/api/people/me/record").body());
		labels(model);
		return "self/work";
	}

	@GetMapping("/work/invitations/{id}")
	String invitation(@PathVariable UUID id, Model model) {
		model.addAttribute("i", invited(id));
		labels(model);
		return "self/invitation";
	}

	@PostMapping("/work/invitations/{id}/accept")
	String accept(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		try {
			this.registry.post("/api/people/me/invitations/{id}/accept", null, null, id);
			redirect.addFlashAttribute("done", "self.invitation.done.accepted");
			return "redirect:/work/invitations/" + id;
		}
		catch (RegistryProblem problem) {
			return refused(problem, id, model);
		}
	}

	@PostMapping("/work/invitations/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		try {
			this.registry.post("/api/people/me/invitations/{id}/decline", Map.of("reason", reason), null, id);
			redirect.addFlashAttribute("done", "self.invitation.done.declined");
			return "redirect:/work";
		}
		catch (RegistryProblem problem) {
			model.addAttribute("reason", reason);
			return refused(problem, id, model);
		}
	}

	@PostMapping("/work/invitations/{id}/hours")
	String report(@PathVariable UUID id, @RequestParam(defaultValue = "") String hours,
			@RequestParam(defaultValue = "") String servedOn, Model model, RedirectAttributes redirect) {
		java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("hours", hours.isBlank() ? null : decimal(hours.strip()));
		if (!servedOn.isBlank()) {
			body.put("servedOn", servedOn);
		}
		try {
			this.registry.post("/api/people/me/invitations/{id}/hours", body, null, id);
			redirect.addFlashAttribute("done", "self.hours.done");
			return "redirect:/work#record";
		}
		catch (RegistryProblem problem) {
			model.addAttribute("hours", hours);
			model.addAttribute("servedOn", servedOn);
			return refused(problem, id, model);
		}
	}

	@GetMapping(path = "/work/calendar.ics")
	ResponseEntity<byte[]> calendar() {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> streets = Labels.of(this.registry.list("/api/taxonomy/streets"), locale);
		Map<String, String> categories = Labels.of(this.registry.list("/api/taxonomy/request-categories"), locale);
		List<AssignmentCalendar.Entry> entries = new ArrayList<>();
		for (Invited each : invitations()) {
			if (each.upcoming() && each.visit() != null) {
				Map<String, Object> r = each.request();
				String summary = categories.getOrDefault(r.get("category"), String.valueOf(r.get("category"))) + " · "
						+ r.get("title");
				String place = streets.getOrDefault(r.get("street"), String.valueOf(r.get("street")));
				String description = (r.get("familyReference") != null) ? this.messages
					.getMessage("self.calendar.family", new Object[] { r.get("familyReference") }, locale) : null;
				if (r.get("description") != null) {
					description = ((description != null) ? description + "\n" : "") + r.get("description");
				}
				entries.add(new AssignmentCalendar.Entry(each.id(), summary, place, description, each.visit()));
			}
		}
		byte[] file = AssignmentCalendar.of(entries).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("carepool-my-work.ics").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(file);
	}

	/**
	 * A number as a number; anything else as typed, for the registry to name the field.
	 */
	private static Object decimal(String value) {
		try {
			return new java.math.BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private String refused(RegistryProblem problem, UUID id, Model model) {
		if (problem.status() != 400 && problem.status() != 409) {
			throw problem;
		}
		model.addAttribute("problem", problem);
		model.addAttribute("i", invited(id));
		labels(model);
		return "self/invitation";
	}

	/**
	 * My invitations, each with the request as the registry lets me see it and whether I
	 * have reported hours for it.
	 */
	private List<Invited> invitations() {
		List<Map<String, Object>> records = this.registry.list("/api/people/me/service-records");
		Map<String, Map<String, Object>> byRequest = records.stream()
			.collect(Collectors.toMap((each) -> String.valueOf(each.get("request")), (each) -> each,
					(first, second) -> first));
		LocalDate today = LocalDate.now(TimeFormat.SHANGHAI);
		List<Invited> found = new ArrayList<>();
		for (Map<String, Object> invitation : this.registry.list("/api/people/me/invitations")) {
			Map<String, Object> request = this.registry
				.get("/api/people/me/invitations/{id}/request", invitation.get("id"))
				.body();
			found.add(new Invited(String.valueOf(invitation.get("id")), String.valueOf(invitation.get("status")),
					invitation, request, byRequest.get(String.valueOf(request.get("id"))),
					Visit.of(schedule(request), today)));
		}
		return found;
	}

	private Invited invited(UUID id) {
		return invitations().stream()
			.filter((each) -> each.id().equals(id.toString()))
			.findFirst()
			.orElseThrow(() -> new RegistryProblem(404, "invitation-not-found",
					this.messages.getMessage("self.invitation.notFound", null, LocaleContextHolder.getLocale()), null,
					Map.of(), Map.of()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> schedule(Map<String, Object> request) {
		return (request.get("schedule") instanceof Map<?, ?> schedule) ? (Map<String, Object>) schedule : null;
	}

	private void labels(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("streets", Labels.of(this.registry.list("/api/taxonomy/streets"), locale));
		model.addAttribute("skills", Labels.of(this.registry.list("/api/taxonomy/skills"), locale));
		model.addAttribute("categories", Labels.of(this.registry.list("/api/taxonomy/request-categories"), locale));
	}

	/**
	 * One invitation of mine with its request as I may see it.
	 *
	 * @param id the invitation's id
	 * @param status where the invitation stands
	 * @param invitation the invitation
	 * @param request the request, staged for a special family
	 * @param hours the hours I reported for it, or {@code null}
	 * @param visit when, or {@code null}
	 */
	record Invited(String id, String status, Map<String, Object> invitation, Map<String, Object> request,
			Map<String, Object> hours, Visit visit) {

		private String requestStatus() {
			return String.valueOf(this.request.get("status"));
		}

		public boolean toAnswer() {
			return "INVITED".equals(this.status) && UNDER_WAY.contains(requestStatus());
		}

		public boolean upcoming() {
			return "ACCEPTED".equals(this.status) && UNDER_WAY.contains(requestStatus());
		}

		public boolean toReport() {
			return "ACCEPTED".equals(this.status) && "COMPLETED".equals(requestStatus()) && this.hours == null;
		}

		public boolean special() {
			return Boolean.TRUE.equals(this.request.get("sensitive"));
		}

		public boolean disclosed() {
			return !special() || "ACCEPTED".equals(this.status);
		}

	}

}
