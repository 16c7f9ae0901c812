package org.carepool.registry.organisation;

import org.carepool.registry.privacy.MobileNumber;
import org.carepool.registry.privacy.Vault;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps organisations to what the API answers, the contact phone masked.
 */
@Mapper
interface OrganisationMapper {

	@Mapping(target = "contactPhone", expression = "java(maskedPhone(organisation, vault))")
	OrganisationResponse toResponse(Organisation organisation, @Context Vault vault);

	default String maskedPhone(Organisation organisation, Vault vault) {
		String sealed = organisation.getContactPhoneSealed();
		if (sealed == null) {
			return null;
		}
		return MobileNumber.parse(vault.open(sealed, Vault.context(organisation.getId(), "contact-phone"))).masked();
	}

}
