package org.carepool.identity.client;

import java.util.Optional;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * The organisation a client acts for, carried in its tokens as the {@code org} claim.
 */
public final class ClientOrganisation {

	static final String SETTING = "carepool.org";

	private ClientOrganisation() {
	}

	/**
	 * Returns the organisation id the given client acts for.
	 * @param client the registered client
	 * @return the organisation id, or empty when the client acts for no organisation
	 */
	public static Optional<String> of(RegisteredClient client) {
		return Optional.ofNullable(client.getClientSettings().getSetting(SETTING));
	}

}
