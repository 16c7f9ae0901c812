package org.carepool.identity.registration.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepool.identity.account.Account;
import org.carepool.identity.account.Accounts;
import org.carepool.identity.account.Role;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lets someone create a volunteer's or expert's account on the local issuer. The account
 * carries no person: the registry links it only after its holder confirms a code sent to
 * the e-mail address of a vetted application, so registering grants nothing by itself.
 */
@Controller
@Profile("local")
class RegistrationController {

	private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,39}";

	private static final int MAX_ACCOUNTS = 10_000;

	private final Accounts accounts;

	private final InMemoryUserDetailsManager users;

	private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	RegistrationController(Accounts accounts, InMemoryUserDetailsManager users) {
		this.accounts = accounts;
		this.users = users;
	}

	@GetMapping("/register")
	String form() {
		return "identity/register";
	}

	@PostMapping("/register")
	String register(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "VOLUNTEER") String role,
			Model model) {
		String user = username.strip().toLowerCase(java.util.Locale.ROOT);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!user.matches(USERNAME)) {
			errors.put("username", "register.error.username");
		}
		if (name.isBlank() || name.strip().length() > 50) {
			errors.put("name", "register.error.name");
		}
		if (password.length() < 12 || password.length() > 200) {
			errors.put("password", "register.error.password");
		}
		Role chosen = "EXPERT".equals(role) ? Role.EXPERT : Role.VOLUNTEER;
		if (errors.isEmpty() && this.accounts.all().size() >= MAX_ACCOUNTS) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		if (errors.isEmpty() && !this.accounts
			.register(new Account(UUID.randomUUID(), user, name.strip(), List.of(chosen), null, null))) {
			errors.put("username", "register.error.taken");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("username", username);
			model.addAttribute("name", name);
			model.addAttribute("role", chosen.name());
			return "identity/register";
		}
		this.users
			.createUser(User.withUsername(user).password(this.passwords.encode(password)).roles(chosen.name()).build());
		return "redirect:/login?registered";
	}

}
