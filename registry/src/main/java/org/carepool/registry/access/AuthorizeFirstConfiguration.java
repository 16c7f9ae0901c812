package org.carepool.registry.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link AuthorizeFirst} in front of every handler.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizeFirstConfiguration implements WebMvcConfigurer {

	private final AuthorizeFirst authorizeFirst;

	AuthorizeFirstConfiguration(AuthorizeFirst authorizeFirst) {
		this.authorizeFirst = authorizeFirst;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.authorizeFirst);
	}

}
