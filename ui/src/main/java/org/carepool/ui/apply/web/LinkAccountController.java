package org.carepool.ui.apply.web;

import java.util.Map;

import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProblem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking the signed-in account to one's vetted application: the e-mail address one
 * applied with, then the code sent there.
 */
@Controller
class LinkAccountController {

	private final RegistryClient registry;

	LinkAccountController(RegistryClient registry) {
		this.registry = registry;
	}

	@GetMapping("/link-account")
	String start() {
		return "apply/link";
	}

	@PostMapping("/link-account/code")
	String sendCode(@RequestParam(defaultValue = "") String email, Model model) {
		model.addAttribute("email", email);
		try {
			this.registry.post("/api/account-links", Map.of("email", email.strip()), null);
			model.addAttribute("sent", true);
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
		}
		return "apply/link";
	}

	@PostMapping("/link-account/confirm")
	String confirm(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String email,
			Model model, RedirectAttributes redirect) {
		try {
			this.registry.post("/api/account-links/confirm", Map.of("code", code.strip()), null);
			redirect.addFlashAttribute("done", "apply.link.done");
			return "redirect:/link-account/done";
		}
		catch (RegistryProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("email", email);
			model.addAttribute("sent", true);
			model.addAttribute("problem", problem);
			return "apply/link";
		}
	}

	@GetMapping("/link-account/done")
	String done() {
		return "apply/linked";
	}

}
