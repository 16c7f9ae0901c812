package org.carepool.identity.login;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
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
	SecurityFilterChain authorizationServer(HttpSecurity http, SignInAttempts attempts,
			RegisteredClientRepository clients) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer
			.authorizationServer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer,
					(server) -> server.oidc(Customizer.withDefaults())
						.clientAuthentication((authentication) -> authentication
							.errorResponseHandler(SignInThrottle.clientFailures(attempts))))
			// Before the authorization server's client authentication filter, which
			// comes right after the pre-authentication one.
			.addFilterBefore(SignInThrottle.clientSecrets(attempts), AbstractPreAuthenticatedProcessingFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.headers((headers) -> browserHeaders(headers, clients));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http, SignInAttempts attempts, RegisteredClientRepository clients)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/favicon.ico", "/css/**", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/register")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login"))
			.addFilterBefore(SignInThrottle.loginForm(attempts), UsernamePasswordAuthenticationFilter.class)
			.headers((headers) -> browserHeaders(headers, clients));
		return http.build();
	}

	/**
	 * What browsers are told: no framing, no inline scripts, no referrer beyond the
	 * origin, no powerful features, and no inline styles either: the pages' styles come
	 * from {@code /css/identity.css}; forms go to the issuer itself and, at the end of a
	 * sign-in, to the client it was for ({@link BrowserPolicy}).
	 */
	static void browserHeaders(HeadersConfigurer<HttpSecurity> headers, RegisteredClientRepository clients) {
		headers.addHeaderWriter(new BrowserPolicy(clients))
			.referrerPolicy((referrer) -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
	}

	/**
	 * Session cookies are sent on top-level navigations only ({@code SameSite=Lax}).
	 */
	@Bean
	CookieSameSiteSupplier laxCookies() {
		return CookieSameSiteSupplier.ofLax();
	}

	/**
	 * Names the session cookie; in the {@code production} profile, served over HTTPS, it
	 * is {@code Secure} with the {@code __Host-} prefix, so no other host or plain-HTTP
	 * page can set or read it.
	 */
	@Bean
	ServletContextInitializer sessionCookieName(Environment environment) {
		return (servletContext) -> {
			String configured = servletContext.getSessionCookieConfig().getName();
			boolean production = environment.acceptsProfiles(Profiles.of("production"));
			if (configured == null || configured.equals("JSESSIONID")) {
				servletContext.getSessionCookieConfig().setName((production ? "__Host-" : "") + SESSION_COOKIE);
			}
			servletContext.getSessionCookieConfig().setHttpOnly(true);
			if (production) {
				servletContext.getSessionCookieConfig().setSecure(true);
				servletContext.getSessionCookieConfig().setPath("/");
			}
		};
	}

}
