package org.carepool.registry.person;

/**
 * A person's contact details in full, answered only to a coordinator who gave a reason.
 *
 * @param phone the mobile number
 * @param email the e-mail address
 * @param residentId the resident ID number
 */
public record ContactResponse(String phone, String email, String residentId) {
}
