package org.carepool.identity.login.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the login page, and a short page for people who open the issuer directly.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/")
	String signedIn(Principal principal, Model model) {
		model.addAttribute("username", principal.getName());
		return "identity/signed-in";
	}

}
