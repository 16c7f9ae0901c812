package org.carepool.ui.apply;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carepool.ui.registry.RegistryClient;
import org.carepool.ui.registry.RegistryProperties;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The registry's public recruitment endpoints, called without anyone's token (the
 * applicant has no account yet).
 */
@Component
public class PublicRegistry {

	private final RegistryClient registry;

	PublicRegistry(RegistryProperties properties, ObjectMapper json) {
		this.registry = RegistryClient.of(RestClient.builder()
			.baseUrl(properties.uri().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk()
				.build(ClientHttpRequestFactorySettings.defaults()
					.withConnectTimeout(properties.timeout())
					.withReadTimeout(properties.timeout())))
			.build(), json);
	}

	/**
	 * The current privacy notice, purposes and volunteer agreement.
	 * @return the texts
	 */
	public Map<String, Object> terms() {
		return this.registry.get("/public/recruitment/terms").body();
	}

	/**
	 * Sends an application.
	 * @param application the registry's application body
	 */
	public void apply(Map<String, Object> application) {
		this.registry.post("/public/recruitment/applications", application, null);
	}

	/**
	 * The streets and the skills, for the form's choices.
	 * @return {@code streets} and {@code skills}, each a list of choices
	 */
	public Map<String, Object> choices() {
		return this.registry.get("/public/recruitment/choices").body();
	}

}
