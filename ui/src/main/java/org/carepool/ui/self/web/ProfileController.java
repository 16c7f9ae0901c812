package org.carepool.ui.self.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.carepool.ui.frame.TimeFormat;
import org.carepool.ui.registry.Answer;
import org.carepool.ui.registry.Labels;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;
import org.carepool.ui.self.WeekGrid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My profile, as an expert, volunteer or instructor keeps it: who I am and how to reach
 * me, languages, skills, streets and capacity; my weekly availability as a grid of
 * half-hours and the days I cannot serve; my certificates; my consent and my agreement.
 * Every change is sent with the version the page showed, so a change made elsewhere in
 * between is never overwritten silently.
 */
@Controller
class ProfileController {

	private final RegistryClient registry;

	ProfileController(RegistryClient registry) {
		this.registry = registry;
	}

	@GetMapping("/profile")
	String profile(Model model) {
		Answer<Map<String, Object>> me;
		try {
			me = this.registry.get("/api/people/me");
		}
		catch (RegistryProblem problem) {
			return unlinked(problem);
		}
		show(model, me);
		return "self/profile";
	}

	/**
	 * An account that is not linked to a person yet is told so, and what to do, on the
	 * pages people land on.
	 */
	static String unlinked(RegistryProblem problem) {
		if (problem.status() == 404 && "no-linked-person".equals(problem.code())) {
			return "self/unlinked";
		}
		throw problem;
	}

	@GetMapping("/profile/edit")
	String edit(Model model, HttpServletResponse response) {
		Answer<Map<String, Object>> me = this.registry.get("/api/people/me");
		Map<String, Object> contact = contact();
		// The person's own contact details are in the form: never kept by a cache.
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("form", ProfileForm.of(me.body(), contact));
		model.addAttribute("etag", me.etag());
		model.addAttribute("p", me.body());
		labels(model);
		return "self/edit";
	}

	@PostMapping("/profile/edit")
	String change(ProfileForm form, @RequestParam(defaultValue = "") String etag, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			update(etag, form::applyTo);
			redirect.addFlashAttribute("done", "self.profile.done.details");
			return "redirect:/profile";
		}
		catch (RegistryProblem problem) {
			refusedUnlessInput(problem);
			response.setHeader("Cache-Control", "no-store");
			model.addAttribute("problem", problem);
			model.addAttribute("form", form);
			model.addAttribute("etag", etag);
			model.addAttribute("p", this.registry.get("/api/people/me").body());
			labels(model);
			return "self/edit";
		}
	}

	@GetMapping("/profile/availability")
	String availability(Model model) {
		Answer<Map<String, Object>> me = this.registry.get("/api/people/me");
		availabilityPage(model, me.body(), me.etag(), WeekGrid.of(list(me.body(), "availability")),
				blackouts(list(me.body(), "blackouts")));
		return "self/availability";
	}

	@PostMapping("/profile/availability")
	String changeAvailability(@RequestParam(name = "cell", required = false) List<String> cells,
			@RequestParam(name = "blackoutFrom", required = false) List<String> froms,
			@RequestParam(name = "blackoutTo", required = false) List<String> tos,
			@RequestParam(defaultValue = "") String etag, Model model, RedirectAttributes redirect) {
		List<Map<String, Object>> slots = WeekGrid.slots(cells);
		List<Map<String, Object>> blackouts = new ArrayList<>();
		int rows = Math.max((froms != null) ? froms.size() : 0, (tos != null) ? tos.size() : 0);
		for (int i = 0; i < rows; i++) {
			String from = at(froms, i);
			String to = at(tos, i);
			if (!from.isBlank() || !to.isBlank()) {
				Map<String, Object> blackout = new LinkedHashMap<>();
				blackout.put("from", from.isBlank() ? to : from);
				blackout.put("to", to.isBlank() ? from : to);
				blackouts.add(blackout);
			}
		}
		try {
			update(etag, (body) -> {
				body.put("availability", slots);
				body.put("blackouts", blackouts);
			});
			redirect.addFlashAttribute("done", "self.profile.done.availability");
			return "redirect:/profile#availability";
		}
		catch (RegistryProblem problem) {
			refusedUnlessInput(problem);
			Map<String, Object> me = this.registry.get("/api/people/me").body();
			model.addAttribute("problem", problem);
			availabilityPage(model, me, etag, WeekGrid.of(slots), blackouts(blackouts));
			return "self/availability";
		}
	}

	@GetMapping("/profile/certificates/new")
	String newCertificate(Model model) {
		model.addAttribute("form", CertificateForm.empty());
		labels(model);
		return "self/certificate";
	}

	@PostMapping("/profile/certificates/new")
	String addCertificate(CertificateForm form, Model model, RedirectAttributes redirect) {
		try {
			this.registry.post("/api/people/me/certifications", form.toRequest(), null);
			redirect.addFlashAttribute("done", "self.certificate.done.added");
			return "redirect:/profile#certificates";
		}
		catch (RegistryProblem problem) {
			return refusedCertificate(problem, form, null, model);
		}
	}

	@GetMapping("/profile/certificates/{id}")
	String certificate(@PathVariable UUID id, Model model) {
		Map<String, Object> certificate = certificateOf(this.registry.get("/api/people/me").body(), id);
		model.addAttribute("form", CertificateForm.of(certificate));
		model.addAttribute("certificate", certificate);
		labels(model);
		return "self/certificate";
	}

	@PostMapping("/profile/certificates/{id}")
	String changeCertificate(@PathVariable UUID id, CertificateForm form, Model model, RedirectAttributes redirect) {
		Map<String, Object> me = this.registry.get("/api/people/me").body();
		Map<String, Object> certificate = certificateOf(me, id);
		try {
			this.registry.put("/api/people/me/certifications/{id}", form.toRequest(), null, id);
			redirect.addFlashAttribute("done", "VERIFIED".equals(certificate.get("state"))
					? "self.certificate.done.backToReview" : "self.certificate.done.changed");
			return "redirect:/profile#certificates";
		}
		catch (RegistryProblem problem) {
			return refusedCertificate(problem, form, certificate, model);
		}
	}

	@GetMapping("/profile/consents/{id}/withdraw")
	String confirmWithdrawal(@PathVariable UUID id, Model model) {
		Map<String, Object> me = this.registry.get("/api/people/me").body();
		Map<String, Object> consent = consentOf(me, id);
		model.addAttribute("consent", consent);
		// What follows depends on what else stays agreed to.
		model.addAttribute("last", list(me, "consents").stream()
			.noneMatch((each) -> each.get("withdrawnAt") == null && !id.toString().equals(each.get("id"))));
		model.addAttribute("contact",
				consent.get("purposes") instanceof List<?> purposes && purposes.contains("contact"));
		model.addAttribute("p", me);
		return "self/withdraw";
	}

	@PostMapping("/profile/consents/{id}/withdraw")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		consentOf(this.registry.get("/api/people/me").body(), id);
		this.registry.post("/api/people/me/consents/{id}/withdraw", null, null, id);
		redirect.addFlashAttribute("done", "self.consent.done.withdrawn");
		return "redirect:/profile#consent";
	}

	/**
	 * Sends the whole profile back with one part changed: the registry replaces what
	 * people may change in one go, so everything else goes back as it is, the contact
	 * details as the person's own, in full.
	 */
	private void update(String etag, Consumer<Map<String, Object>> change) {
		Map<String, Object> me = this.registry.get("/api/people/me").body();
		Map<String, Object> contact = contact();
		Map<String, Object> body = new LinkedHashMap<>();
		for (String field : List.of("name", "gender", "birthYear", "employer", "title", "bio", "homeStreet",
				"homeLocation", "servedStreets", "languages", "skills", "availability", "blackouts",
				"monthlyCapacityHours")) {
			if (me.get(field) != null) {
				body.put(field, me.get(field));
			}
		}
		for (String field : List.of("phone", "email", "residentId")) {
			if (contact.get(field) != null) {
				body.put(field, contact.get(field));
			}
		}
		change.accept(body);
		this.registry.put("/api/people/me", body, etag.isBlank() ? null : etag);
	}

	private Map<String, Object> contact() {
		Map<String, Object> contact = this.registry.get("/api/people/me/contact").body();
		return (contact != null) ? contact : Map.of();
	}

	private void show(Model model, Answer<Map<String, Object>> me) {
		Map<String, Object> person = me.body();
		model.addAttribute("p", person);
		model.addAttribute("week", WeekGrid.ranges(list(person, "availability")));
		List<Map<String, Object>> certificates = list(person, "certifications");
		model.addAttribute("awaitingReview",
				certificates.stream().filter((each) -> "UNVERIFIED".equals(each.get("state"))).count());
		model.addAttribute("agreement", Agreement.of(person, LocalDate.now(TimeFormat.SHANGHAI)));
		labels(model);
	}

	private void availabilityPage(Model model, Map<String, Object> me, String etag, WeekGrid grid,
			List<Map<String, Object>> blackouts) {
		model.addAttribute("p", me);
		model.addAttribute("etag", etag);
		model.addAttribute("grid", grid);
		model.addAttribute("blackouts", blackouts);
	}

	/** The days off, with two empty rows to add more without script. */
	private static List<Map<String, Object>> blackouts(List<Map<String, Object>> given) {
		List<Map<String, Object>> rows = new ArrayList<>(given);
		rows.add(Map.of());
		rows.add(Map.of());
		return rows;
	}

	private String refusedCertificate(RegistryProblem problem, CertificateForm form, Map<String, Object> certificate,
			Model model) {
		refusedUnlessInput(problem);
		model.addAttribute("problem", problem);
		model.addAttribute("form", form);
		model.addAttribute("certificate", certificate);
		labels(model);
		return "self/certificate";
	}

	/**
	 * What the person can put right (bad input, a change made elsewhere) is shown on the
	 * page they typed it in; anything else goes to the problem page.
	 */
	private static void refusedUnlessInput(RegistryProblem problem) {
		if (problem.status() != 400 && problem.status() != 409 && problem.status() != 412 && problem.status() != 428) {
			throw problem;
		}
	}

	private static Map<String, Object> certificateOf(Map<String, Object> me, UUID id) {
		return list(me, "certifications").stream()
			.filter((each) -> id.toString().equals(each.get("id")))
			.findFirst()
			.orElseThrow(
					() -> new RegistryProblem(404, "certification-not-found", "Not found", null, Map.of(), Map.of()));
	}

	private static Map<String, Object> consentOf(Map<String, Object> me, UUID id) {
		return list(me, "consents").stream()
			.filter((each) -> id.toString().equals(each.get("id")) && each.get("withdrawnAt") == null)
			.findFirst()
			.orElseThrow(() -> new RegistryProblem(404, "consent-not-found", "Not found", null, Map.of(), Map.of()));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> map, String field) {
		Object value = map.get(field);
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	private static String at(List<String> values, int index) {
		return (values != null && index < values.size() && values.get(index) != null) ? values.get(index).strip() : "";
	}

	private void labels(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("streets", Labels.of(this.registry.list("/api/taxonomy/streets"), locale));
		model.addAttribute("skills", Labels.of(this.registry.list("/api/taxonomy/skills"), locale));
		model.addAttribute("certificationTypes",
				Labels.of(this.registry.list("/api/taxonomy/certification-types"), locale));
		model.addAttribute("languages", Labels.of(this.registry.list("/api/taxonomy/languages"), locale));
	}

}
