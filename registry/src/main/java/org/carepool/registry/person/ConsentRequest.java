package org.carepool.registry.person;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A consent to a version of the privacy notice for some purposes.
 *
 * @param noticeVersion the version of the notice the person read
 * @param purposes what the data may be used for, such as {@code registry},
 * {@code matching}, {@code contact}
 */
public record ConsentRequest(@NotBlank @Size(max = 20) String noticeVersion,
		@NotEmpty @Size(max = 10) List<@Pattern(regexp = "registry|matching|contact|publicity") String> purposes) {
}
