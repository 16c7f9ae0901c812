package org.carepool.registry.person;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.carepool.registry.person.RegisterPersonRequest.BlackoutInput;
import org.carepool.registry.person.RegisterPersonRequest.LanguageInput;
import org.carepool.registry.person.RegisterPersonRequest.Location;
import org.carepool.registry.person.RegisterPersonRequest.SkillInput;
import org.carepool.registry.person.RegisterPersonRequest.SlotInput;

/**
 * What people may change in their own profile. Status, types, verification, account link,
 * agreement and training are a coordinator's to set: fields for them are ignored.
 *
 * @param name the name
 * @param gender the gender
 * @param birthYear the year of birth
 * @param employer the employer
 * @param title the professional title
 * @param bio a short biography
 * @param phone a mainland mobile number
 * @param email an e-mail address
 * @param residentId the resident ID number
 * @param homeStreet the street they live in
 * @param homeLocation where they live
 * @param servedStreets the streets they serve
 * @param languages languages and dialects
 * @param skills skills with level and years
 * @param availability weekly availability
 * @param blackouts days they cannot serve
 * @param monthlyCapacityHours hours a month they offer
 */
public record UpdateOwnProfileRequest(@NotBlank @Size(max = 50) String name, Gender gender,
		@Min(1900) @Max(2100) Integer birthYear, @Size(max = 100) String employer, @Size(max = 60) String title,
		@Size(max = 2000) String bio, @Size(max = 40) String phone, @Size(max = 254) String email,
		@Size(max = 40) String residentId, @Size(max = 40) String homeStreet, @Valid Location homeLocation,
		@Size(max = 10) List<@NotBlank @Size(max = 40) String> servedStreets,
		@Size(max = 10) List<@Valid @NotNull LanguageInput> languages,
		@Size(max = 30) List<@Valid @NotNull SkillInput> skills,
		@Size(max = 50) List<@Valid @NotNull SlotInput> availability,
		@Size(max = 20) List<@Valid @NotNull BlackoutInput> blackouts,
		@Min(0) @Max(400) Integer monthlyCapacityHours) implements ProfileInput {
}
