package org.carepool.ui.home.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.ui.account.SignedInPerson;
import org.carepool.ui.home.StreetNeed;
import org.carepool.ui.home.SupplyFigures;
import org.carepool.ui.registry.Labels;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClientException;

/**
 * The start page: for coordinators the day's work at a glance (queues with counts and
 * requests by status), for everyone else their roles.
 */
@Controller
class HomeController {

	private final RegistryClient registry;

	private final MessageSource messages;

	private final ObjectMapper json;

	HomeController(RegistryClient registry, MessageSource messages, ObjectMapper json) {
		this.registry = registry;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal OidcUser user, Model model) throws JsonProcessingException {
		SignedInPerson person = SignedInPerson.of(user);
		model.addAttribute("person", person);
		if (person.roles().contains("COORDINATOR") || person.roles().contains("STREET_COORDINATOR")) {
			Map<String, Object> queues;
			try {
				queues = this.registry.get("/api/queues").body();
			}
			catch (RegistryProblem | RestClientException ex) {
				// The greeting and the menu stay; the queues say they cannot be read now.
				model.addAttribute("queuesUnavailable", true);
				return "home";
			}
			model.addAttribute("queues", queues);
			@SuppressWarnings("unchecked")
			Map<String, Object> byStatus = (Map<String, Object>) queues.get("requestsByStatus");
			List<String> labels = new ArrayList<>();
			List<Object> values = new ArrayList<>();
			byStatus.forEach((status, count) -> {
				labels.add(this.messages.getMessage("request.status." + status, null, status,
						LocaleContextHolder.getLocale()));
				values.add(count);
			});
			model.addAttribute("statusLabels", this.json.writeValueAsString(labels));
			model.addAttribute("statusValues", this.json.writeValueAsString(values));
			model.addAttribute("byStatus", byStatus);
			gaps(model);
		}
		return "home";
	}

	/**
	 * The supply–demand gap and the supply figures; the rest of the page stays when they
	 * cannot be read.
	 */
	private void gaps(Model model) {
		try {
			Locale locale = LocaleContextHolder.getLocale();
			Map<String, String> streets = Labels.of(this.registry.list("/api/taxonomy/streets"), locale);
			Map<String, String> skills = Labels.of(this.registry.list("/api/taxonomy/skills"), locale);
			List<StreetNeed> needs = this.registry.list("/api/queues/gaps")
				.stream()
				.map((need) -> StreetNeed.of(need, streets, skills))
				.toList();
			model.addAttribute("needs", needs);
			model.addAttribute("uncovered", needs.stream().filter(StreetNeed::uncovered).count());
			SupplyFigures figures = SupplyFigures.of(this.registry.get("/api/queues/figures").body(), streets,
					(area) -> this.messages.getMessage("skill.area." + area, null, area, locale), locale);
			model.addAttribute("figures", figures);
			model.addAttribute("activeStreets", this.json.writeValueAsString(figures.streets()));
			model.addAttribute("activeSeries", this.json.writeValueAsString(figures.series()));
			model.addAttribute("hourMonths", this.json.writeValueAsString(figures.months()));
			model.addAttribute("hourValues", this.json.writeValueAsString(figures.hours()));
		}
		catch (RegistryProblem | RestClientException | JsonProcessingException ex) {
			model.addAttribute("gapsUnavailable", true);
		}
	}

}
