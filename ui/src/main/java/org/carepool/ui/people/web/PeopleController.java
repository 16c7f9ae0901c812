package org.carepool.ui.people.web;

import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.carepool.ui.people.Availability;
import org.carepool.ui.registry.Answer;
import org.carepool.ui.registry.Labels;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;

import org.springframework.context.MessageSource;
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
 * People search and a person's page. The search lives in the URL, so it can be shared and
 * the back button works; htmx swaps only the results.
 */
@Controller
class PeopleController {

	static final List<String> FILTERS = List.of("q", "type", "skill", "minLevel", "area", "street", "language",
			"availableFrom", "availableTo", "certifiedOn", "special", "nearStreet", "radiusKm", "sort");

	/** The filters offered as checkboxes, each with several values at once. */
	static final List<String> FACETS = List.of("type", "skill", "area", "street", "language");

	private final RegistryClient registry;

	private final MessageSource messages;

	PeopleController(RegistryClient registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/people")
	String search(@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		if (htmx != null && parameters.getFirst("after") == null) {
			// The query lives in the address bar: shareable, and the back button works.
			response.setHeader("HX-Push-Url", address(parameters));
		}
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		for (String name : FILTERS) {
			List<String> values = parameters.getOrDefault(name, List.of())
				.stream()
				.filter((value) -> value != null && !value.isBlank())
				.toList();
			if (!values.isEmpty()) {
				// A facet takes several values (any of them matches); the rest one each.
				query.put(name, FACETS.contains(name) ? values.stream().distinct().toList() : List.of(values.get(0)));
			}
		}
		if (parameters.getFirst("after") != null) {
			query.add("after", parameters.getFirst("after"));
		}
		query.add("size", "20");
		model.addAttribute("query", parameters);
		model.addAttribute("selected", query);
		try {
			Map<String, Object> page = this.registry.get("/api/people/search", query);
			model.addAttribute("page", page);
			model.addAttribute("facets", page.getOrDefault("facets", Map.of()));
			model.addAttribute("more", more(parameters, (String) page.get("next")));
		}
		catch (RegistryProblem problem) {
			if (!problem.isSearchUnavailable() && problem.status() != 400) {
				throw problem;
			}
			model.addAttribute("problem", problem);
		}
		labels(model);
		model.addAttribute("chips", chips(query, model));
		return (htmx != null && parameters.getFirst("after") != null) ? "people/search :: more"
				: (htmx != null) ? "people/search :: results" : "people/search";
	}

	@GetMapping("/people/suggest")
	String suggest(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String whyNot,
			@RequestParam(defaultValue = "") String as, Model model) {
		q = q.isBlank() ? whyNot : q;
		List<Map<String, Object>> found = List.of();
		if (!q.isBlank() && q.length() <= 30) {
			try {
				found = this.registry.list("/api/people/suggest?q={q}", q);
			}
			catch (RegistryProblem problem) {
				model.addAttribute("problem", problem);
			}
		}
		model.addAttribute("suggestions", found);
		return as.equals("names") ? "people/search :: names" : "people/search :: suggestions";
	}

	@GetMapping("/people/new")
	String registration(Model model) {
		model.addAttribute("form", PersonForm.empty());
		labels(model);
		return "people/register";
	}

	/**
	 * Registers a person from a paper form. What the registry refuses comes back beside
	 * each field with everything typed kept; a duplicate (same phone, e-mail or resident
	 * ID) is named with a link to the person already registered, where the role may see
	 * them.
	 */
	@PostMapping("/people/new")
	String register(PersonForm form, Model model, RedirectAttributes redirect) {
		try {
			Map<String, Object> registered = this.registry.post("/api/people", form.toRegistration(), null).body();
			redirect.addFlashAttribute("done", "people.register.done");
			return "redirect:/people/" + registered.get("id");
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			Object existing = problem.properties().get("existing");
			if (existing != null) {
				model.addAttribute("existing",
						"/people/" + existing.toString().substring(existing.toString().lastIndexOf('/') + 1));
			}
			model.addAttribute("form", form);
			labels(model);
			return "people/register";
		}
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> person = this.registry.get("/api/people/{id}", id);
		show(model, person.body(), person.etag());
		return "people/person";
	}

	@GetMapping("/people/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Answer<Map<String, Object>> person = this.registry.get("/api/people/{id}", id);
		editing(model, person.body(), person.etag(), PersonForm.of(person.body()));
		return "people/register";
	}

	/**
	 * Saves an edit made on the version the form was read at ({@code If-Match}). When
	 * someone else saved meanwhile (412), the page keeps everything typed, says so and
	 * shows their version beside it; saving again then replaces theirs knowingly.
	 */
	@PostMapping("/people/{id}/edit")
	String save(@PathVariable UUID id, PersonForm form, @RequestParam String etag, Model model,
			RedirectAttributes redirect) {
		Answer<Map<String, Object>> current = this.registry.get("/api/people/{id}", id);
		try {
			this.registry.put("/api/people/{id}", form.toReplacement(current.body()), etag, id);
			redirect.addFlashAttribute("done", "people.edit.done");
			return "redirect:/people/" + id;
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			if (problem.status() == 412) {
				PersonForm theirs = PersonForm.of(current.body());
				model.addAttribute("conflict", form.differences(theirs));
				editing(model, current.body(), current.etag(), form);
			}
			else {
				editing(model, current.body(), etag, form);
			}
			return "people/register";
		}
	}

	private void editing(Model model, Map<String, Object> person, String etag, PersonForm form) {
		model.addAttribute("p", person);
		model.addAttribute("etag", etag);
		model.addAttribute("form", form);
		labels(model);
	}

	@PostMapping("/people/{id}/contact-reveal")
	String reveal(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			HttpServletResponse response) {
		Answer<Map<String, Object>> person = this.registry.get("/api/people/{id}", id);
		show(model, person.body(), person.etag());
		model.addAttribute("reason", reason);
		try {
			Map<String, Object> contact = this.registry
				.post("/api/people/{id}/contact-reveal", Map.of("reason", reason), null, id)
				.body();
			model.addAttribute("contact", contact);
			// The revealed value is shown once and never kept by a cache.
			response.setHeader("Cache-Control", "no-store");
		}
		catch (RegistryProblem problem) {
			if (problem.status() != 400) {
				throw problem;
			}
			model.addAttribute("revealProblem", problem);
		}
		return "people/person";
	}

	@PostMapping("/people/{id}/certifications/{certification}/{decision:verify|reject}")
	String review(@PathVariable UUID id, @PathVariable UUID certification, @PathVariable String decision,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "") String returnTo,
			RedirectAttributes redirect) {
		Object body = decision.equals("reject") ? Map.of("reason", (reason != null) ? reason : "") : null;
		try {
			this.registry.post("/api/people/{id}/certifications/{certification}/" + decision, body, null, id,
					certification);
			redirect.addFlashAttribute("done", "people.certification.done." + decision);
		}
		catch (RegistryProblem problem) {
			if (problem.status() != 400 && problem.status() != 409) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		return returnTo.equals("queues") ? "redirect:/queues#certifications"
				: "redirect:/people/" + id + "#certifications";
	}

	@PostMapping("/people/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String action,
			@RequestParam(defaultValue = "") String confirmation, @RequestParam(defaultValue = "") String returnTo,
			RedirectAttributes redirect) {
		if (!List.of("activate", "suspend", "retire", "erase").contains(action)) {
			return "redirect:/people/" + id;
		}
		Answer<Map<String, Object>> person = this.registry.get("/api/people/{id}", id);
		if (action.equals("erase") && !confirmation.strip().equals(person.body().get("name"))) {
			redirect.addFlashAttribute("eraseRefused", true);
			return "redirect:/people/" + id + "#status";
		}
		try {
			this.registry.post("/api/people/{id}/" + action, null, person.etag(), id);
			redirect.addFlashAttribute("done", "people.status.done." + action);
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("actionProblem", problem);
		}
		if (returnTo.equals("queues")) {
			return "redirect:/queues#applicants";
		}
		return "redirect:/people/" + id + "#status";
	}

	private void show(Model model, Map<String, Object> person, String etag) {
		model.addAttribute("p", person);
		model.addAttribute("etag", etag);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> slots = (List<Map<String, Object>>) person.get("availability");
		model.addAttribute("availability", Availability.of(slots));
		try {
			model.addAttribute("records", this.registry.list("/api/people/{id}/service-records", person.get("id")));
		}
		catch (RegistryProblem problem) {
			model.addAttribute("records", List.of());
		}
		labels(model);
	}

	private void labels(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("streets", Labels.of(this.registry.list("/api/taxonomy/streets"), locale));
		model.addAttribute("skills", Labels.of(this.registry.list("/api/taxonomy/skills"), locale));
		model.addAttribute("certificationTypes",
				Labels.of(this.registry.list("/api/taxonomy/certification-types"), locale));
		model.addAttribute("languages", Labels.of(this.registry.list("/api/taxonomy/languages"), locale));
	}

	/**
	 * One chip for each facet value chosen, each a link to the same search without it.
	 */
	@SuppressWarnings("unchecked")
	private List<Chip> chips(MultiValueMap<String, String> query, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Map<String, String>> labels = Map.of("skill", (Map<String, String>) model.getAttribute("skills"),
				"street", (Map<String, String>) model.getAttribute("streets"), "language",
				(Map<String, String>) model.getAttribute("languages"));
		List<Chip> chips = new ArrayList<>();
		for (String name : FACETS) {
			for (String value : query.getOrDefault(name, List.of())) {
				String label = switch (name) {
					case "type" -> this.messages.getMessage("person.type." + value, null, value, locale);
					case "area" -> this.messages.getMessage("skill.area." + value, null, value, locale);
					default -> labels.get(name).getOrDefault(value, value);
				};
				MultiValueMap<String, String> without = new LinkedMultiValueMap<>();
				query.forEach((other, values) -> values.stream()
					.filter((each) -> !(other.equals(name) && each.equals(value)))
					.forEach((each) -> without.add(other, each)));
				chips.add(new Chip(name, value, label, address(without)));
			}
		}
		return chips;
	}

	/**
	 * A facet value chosen, shown as a chip that removes it.
	 *
	 * @param facet the parameter, such as {@code street}
	 * @param value its value
	 * @param label what the reader sees
	 * @param without the search without this value
	 */
	record Chip(String facet, String value, String label, String without) {
	}

	private static String address(MultiValueMap<String, String> parameters) {
		List<String> pairs = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (FILTERS.contains(name)) {
				values.stream()
					.filter((value) -> value != null && !value.isBlank())
					.forEach((value) -> pairs.add(encode(name) + "=" + encode(value)));
			}
		});
		return pairs.isEmpty() ? "/people" : "/people?" + String.join("&", pairs);
	}

	private static String more(MultiValueMap<String, String> parameters, String next) {
		if (next == null) {
			return null;
		}
		List<String> pairs = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (!name.equals("after") && !name.equals("lang")) {
				values.forEach((value) -> pairs.add(encode(name) + "=" + encode(value)));
			}
		});
		pairs.add("after=" + encode(next));
		return "/people?" + String.join("&", pairs);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
