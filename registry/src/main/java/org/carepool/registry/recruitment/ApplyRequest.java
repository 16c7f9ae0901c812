package org.carepool.registry.recruitment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carepool.registry.person.RegisterPersonRequest.SlotInput;

/**
 * An application through the public recruitment page. It has no field for a status, a
 * role, an account or anything a coordinator decides: it can only become an applicant.
 *
 * @param name the applicant's name
 * @param phone a mainland mobile number
 * @param email an e-mail address (a phone or an e-mail is needed)
 * @param type whether they apply as a volunteer or for the expert pool
 * @param skills the skills they offer, by code
 * @param streets the streets or towns they would serve
 * @param availability when they are free each week
 * @param noticeVersion the version of the privacy notice they read
 * @param purposes the purposes they consent to
 * @param agreementVersion the version of the volunteer agreement they signed
 * @param agreementSigned whether they signed it
 */
public record ApplyRequest(@NotBlank @Size(max = 50) String name, @Size(max = 40) String phone,
		@Size(max = 254) String email, @NotNull @Pattern(regexp = "VOLUNTEER|EXPERT") String type,
		@Size(max = 10) List<@NotBlank @Size(max = 60) String> skills,
		@NotNull @Size(min = 1, max = 5) List<@NotBlank @Size(max = 40) String> streets,
		@Size(max = 50) List<@Valid @NotNull SlotInput> availability, @NotBlank @Size(max = 20) String noticeVersion,
		@NotNull @Size(max = 4) List<@Pattern(regexp = "registry|matching|contact|publicity") String> purposes,
		@NotBlank @Size(max = 20) String agreementVersion, boolean agreementSigned) {
}
