package org.carepool.registry.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.carepool.registry.person.PersonEndpoint;
import org.carepool.registry.recruitment.ApplyRequest;
import org.carepool.registry.recruitment.ChoicesResponse;
import org.carepool.registry.recruitment.Recruitment;
import org.carepool.registry.recruitment.Terms;
import org.carepool.registry.recruitment.TermsResponse;
import org.carepool.registry.taxonomy.Taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public recruitment, without sign-in: the texts to read, and applying. Its problems are
 * the person endpoints' (a number already registered is answered as to oneself).
 */
@RestController
@RequestMapping("/public/recruitment")
@Tag(name = "recruitment", description = "Public recruitment: apply as a volunteer or expert")
class RecruitmentController implements PersonEndpoint {

	private final Recruitment recruitment;

	private final Terms terms;

	private final Taxonomy taxonomy;

	RecruitmentController(Recruitment recruitment, Terms terms, Taxonomy taxonomy) {
		this.recruitment = recruitment;
		this.terms = terms;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/choices")
	@Operation(summary = "The streets and skills an applicant chooses from")
	ChoicesResponse choices() {
		return new ChoicesResponse(
				this.taxonomy.streets()
					.values()
					.stream()
					.map((street) -> new ChoicesResponse.Choice(street.code(), null, street.nameZh(), street.nameEn()))
					.toList(),
				this.taxonomy.skills()
					.values()
					.stream()
					.map((skill) -> new ChoicesResponse.Choice(skill.code(), skill.area(), skill.nameZh(),
							skill.nameEn()))
					.toList());
	}

	@GetMapping("/terms")
	@Operation(summary = "The current privacy notice, purposes of use and volunteer agreement")
	TermsResponse terms() {
		return this.terms.current();
	}

	@PostMapping("/applications")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Apply; becomes an applicant for a coordinator to vet, and nothing else")
	void apply(@Valid @RequestBody ApplyRequest application, HttpServletRequest request) {
		this.recruitment.apply(request.getRemoteAddr(), application);
	}

}
