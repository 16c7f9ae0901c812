package org.carepool.identity.login;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Protects the authorization server's endpoints and sends people without a session to the
 * login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The ui and the issuer both run on localhost in development, and browsers share
	 * cookies across ports, so the issuer's session cookie gets its own name.
	 */
	static final String SESSION_COOKIE = "CAREPOOL_IDENTITY_SESSION";

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer
			.authorizationServer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, (server) -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated()).formLogin((login) -> login.loginPage("/login"));
		return http.build();
	}

	@Bean
	ServletContextInitializer sessionCookieName() {
		return (servletContext) -> {
			String configured = servletContext.getSessionCookieConfig().getName();
			if (configured == null || configured.equals("JSESSIONID")) {
				servletContext.getSessionCookieConfig().setName(SESSION_COOKIE);
			}
		};
	}

}
