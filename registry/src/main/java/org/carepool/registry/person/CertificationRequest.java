package org.carepool.registry.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A certification as its holder or a coordinator records it; it starts unverified.
 *
 * @param type the certification type code
 * @param number the certificate's number (sealed at rest, masked in responses)
 * @param issuer who issued it
 * @param issuedOn when it was issued
 * @param expiresOn when it expires, if it does
 */
public record CertificationRequest(@NotBlank @Size(max = 60) String type, @Size(max = 60) String number,
		@Size(max = 100) String issuer, LocalDate issuedOn, LocalDate expiresOn) {
}
