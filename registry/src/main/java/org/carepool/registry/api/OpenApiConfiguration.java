package org.carepool.registry.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the registry's API: every endpoint takes a bearer JWT from the configured
 * issuer.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI registryApi() {
		return new OpenAPI()
			.info(new Info().title("Carepool registry API 关爱人才库")
				.version("v1")
				.description("People, organisations, taxonomy and the change feed. Errors are RFC 9457 problem "
						+ "documents in the language of Accept-Language (Simplified Chinese by default)."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

}
