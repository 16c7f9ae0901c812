package org.carepool.ui.frame.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepool.ui.account.SignedInPerson;
import org.carepool.ui.frame.Menu;
import org.carepool.ui.registry.RegistryProblem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page its frame (who is signed in, the menu, the language switch to the same
 * page) and shows registry problems no screen handles itself.
 */
@ControllerAdvice
class FrameAdvice {

	private final org.springframework.context.MessageSource messages;

	FrameAdvice(org.springframework.context.MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute
	void frame(@AuthenticationPrincipal OidcUser user, HttpServletRequest request, Locale locale, Model model) {
		if (user != null) {
			SignedInPerson person = SignedInPerson.of(user);
			model.addAttribute("person", person);
			model.addAttribute("menu", Menu.forRoles(person.roles()));
		}
		else {
			model.addAttribute("menu", List.of());
		}
		String other = locale.getLanguage().equals("en") ? "zh-CN" : "en";
		String query = request.getQueryString();
		ServletUriComponentsBuilder uri = ServletUriComponentsBuilder.fromRequestUri(request);
		uri.query(query);
		// The language switch keeps the page and its query; only lang changes. The query
		// arrives encoded (q=%E4%B8%9C…) and stays as it came: encoding it again would
		// turn a Chinese search into q=%25E4….
		model.addAttribute("languageSwitch",
				uri.replaceQueryParam("lang", other).build().toUriString().replaceFirst("^https?://[^/]+", ""));
		model.addAttribute("languageSwitchTag", other);
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("currentUrl", request.getRequestURI() + ((query != null) ? "?" + query : ""));
	}

	@ExceptionHandler(org.springframework.web.client.RestClientException.class)
	String unreachable(HttpServletRequest request, Locale locale, Model model, HttpServletResponse response) {
		RegistryProblem problem = new RegistryProblem(503, "registry-unavailable",
				this.messages.getMessage("problem.registryUnavailable", null, locale), null, java.util.Map.of(),
				java.util.Map.of());
		return problem(problem, request, locale, model, response);
	}

	@ExceptionHandler(RegistryProblem.class)
	String problem(RegistryProblem problem, HttpServletRequest request, Locale locale, Model model,
			HttpServletResponse response) {
		Object principal = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal();
		frame((principal instanceof OidcUser user) ? user : null, request, locale, model);
		response.setStatus(problem.status());
		model.addAttribute("problem", problem);
		return "problem";
	}

}
