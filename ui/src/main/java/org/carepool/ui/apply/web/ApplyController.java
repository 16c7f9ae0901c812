package org.carepool.ui.apply.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepool.ui.apply.Guard;
import org.carepool.ui.apply.PublicRegistry;
import org.carepool.ui.registry.RegistryProblem;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public recruitment form, without sign-in, in three steps: about you (who, how to
 * reach you, where, what and when), the privacy notice and the volunteer agreement with
 * your answers to check, and what happens next. The guard refuses scripts before anything
 * reaches the registry.
 */
@Controller
class ApplyController {

	private static final Set<String> FIRST_STEP = Set.of("name", "phone", "email", "streets", "skills", "availability",
			"type");

	private final PublicRegistry registry;

	private final Guard guard;

	ApplyController(PublicRegistry registry, Guard guard) {
		this.registry = registry;
		this.guard = guard;
	}

	@GetMapping("/apply")
	String start(Model model) {
		return details(model, ApplicationForm.empty(this.guard.issue()), Map.of(), null);
	}

	@PostMapping("/apply/details")
	String check(ApplicationForm form, Model model, HttpServletResponse response) {
		Map<String, String> missing = form.missing();
		if (!missing.isEmpty()) {
			response.setStatus(400);
			return details(model, form, missing, null);
		}
		return terms(model, form, Map.of(), null);
	}

	@PostMapping("/apply/change")
	String change(ApplicationForm form, Model model) {
		return details(model, form, Map.of(), null);
	}

	@PostMapping("/apply")
	String apply(ApplicationForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<Guard.Refusal> refusal = this.guard.check(request.getRemoteAddr(), form.website(), form.started());
		if (refusal.isPresent()) {
			switch (refusal.get()) {
				case HONEYPOT:
					// Nothing is sent; the script is told what a person would be told.
					return "apply/done";
				case TOO_FAST:
					response.setStatus(400);
					return terms(model, form, Map.of(), "apply.refused.tooFast");
				case TOKEN:
					response.setStatus(400);
					return details(model,
							new ApplicationForm(form.type(), form.name(), form.phone(), form.email(), form.streets(),
									form.skills(), form.slots(), List.of(), false, this.guard.issue(), null),
							Map.of(), "apply.refused.token");
				default:
					response.setStatus(429);
					return "apply/limited";
			}
		}
		Map<String, Object> terms = this.registry.terms();
		try {
			this.registry.apply(form.toApplication(version(terms, "notice"), version(terms, "agreement")));
			return "redirect:/apply/done";
		}
		catch (RegistryProblem problem) {
			if (problem.status() == 429) {
				response.setStatus(429);
				return "apply/limited";
			}
			if (problem.status() >= 500) {
				throw problem;
			}
			response.setStatus(problem.status());
			Map<String, String> errors = new LinkedHashMap<>(problem.fieldErrors());
			if (errors.keySet().stream().anyMatch((field) -> FIRST_STEP.contains(field.replaceAll("[\\[.].*", "")))) {
				model.addAttribute("problem", problem);
				return details(model, form, Map.of(), null);
			}
			model.addAttribute("problem", problem);
			return terms(model, form, Map.of(), null);
		}
	}

	@GetMapping("/apply/done")
	String done() {
		return "apply/done";
	}

	private String details(Model model, ApplicationForm form, Map<String, String> missing, String refused) {
		Map<String, Object> choices = this.registry.choices();
		model.addAttribute("form", form);
		model.addAttribute("missing", missing);
		model.addAttribute("refused", refused);
		model.addAttribute("streetChoices", labels(choices.get("streets")));
		Map<String, Map<String, String>> skillsByArea = new LinkedHashMap<>();
		for (Map<String, Object> skill : list(choices.get("skills"))) {
			skillsByArea.computeIfAbsent(String.valueOf(skill.get("area")), (area) -> new LinkedHashMap<>())
				.put(String.valueOf(skill.get("code")), name(skill));
		}
		model.addAttribute("skillsByArea", skillsByArea);
		model.addAttribute("days", ApplicationForm.DAYS);
		model.addAttribute("parts", ApplicationForm.PART_ORDER);
		return "apply/details";
	}

	private String terms(Model model, ApplicationForm form, Map<String, String> missing, String refused) {
		Map<String, Object> choices = this.registry.choices();
		Map<String, Object> terms = this.registry.terms();
		boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
		model.addAttribute("form", form);
		model.addAttribute("missing", missing);
		model.addAttribute("refused", refused);
		model.addAttribute("notice", text(terms, "notice", english));
		model.addAttribute("noticeVersion", version(terms, "notice"));
		model.addAttribute("agreement", text(terms, "agreement", english));
		model.addAttribute("agreementVersion", version(terms, "agreement"));
		model.addAttribute("purposes", terms.get("purposes"));
		Map<String, String> streets = labels(choices.get("streets"));
		Map<String, String> skills = labels(choices.get("skills"));
		model.addAttribute("chosenStreets",
				form.streets().stream().map((code) -> streets.getOrDefault(code, code)).toList());
		model.addAttribute("chosenSkills",
				form.skills().stream().map((code) -> skills.getOrDefault(code, code)).toList());
		return "apply/terms";
	}

	@SuppressWarnings("unchecked")
	private static String text(Map<String, Object> terms, String which, boolean english) {
		return String.valueOf(((Map<String, Object>) terms.get(which)).get(english ? "en" : "zh"));
	}

	@SuppressWarnings("unchecked")
	private static String version(Map<String, Object> terms, String which) {
		return String.valueOf(((Map<String, Object>) terms.get(which)).get("version"));
	}

	private static Map<String, String> labels(Object choices) {
		Map<String, String> labels = new LinkedHashMap<>();
		list(choices).forEach((choice) -> labels.put(String.valueOf(choice.get("code")), name(choice)));
		return labels;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (value instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
	}

	private static String name(Map<String, Object> choice) {
		Locale locale = LocaleContextHolder.getLocale();
		return String.valueOf(choice.get(locale.getLanguage().equals("en") ? "nameEn" : "nameZh"));
	}

}
