package org.carepool.ui.home.web;

import org.carepool.ui.account.SignedInPerson;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the start page to the signed-in person.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("person", SignedInPerson.of(user));
		return "home";
	}

}
