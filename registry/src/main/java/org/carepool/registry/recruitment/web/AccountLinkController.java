package org.carepool.registry.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carepool.registry.access.Caller;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.recruitment.AccountLinks;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Linking one's own account to one's vetted application with a one-time code.
 */
@RestController
@RequestMapping("/api/account-links")
@Tag(name = "recruitment")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('EXPERT', 'VOLUNTEER')")
class AccountLinkController implements PersonEndpoint {

	private final AccountLinks links;

	AccountLinkController(AccountLinks links) {
		this.links = links;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a code to the e-mail address one applied with (answered alike whether it is known)")
	void requestCode(@Valid @RequestBody CodeRequest request, Authentication authentication) {
		this.links.requestCode(Caller.of(authentication), request.email());
	}

	@PostMapping("/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Confirm the code: links this account to the person")
	void confirm(@Valid @RequestBody ConfirmRequest request, Authentication authentication) {
		this.links.confirm(Caller.of(authentication), request.code());
	}

	/**
	 * Asking for a code.
	 *
	 * @param email the address one applied with
	 */
	record CodeRequest(@NotBlank @Size(max = 254) String email) {
	}

	/**
	 * Confirming a code.
	 *
	 * @param code the six digits received
	 */
	record ConfirmRequest(@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*") String code) {
	}

}
