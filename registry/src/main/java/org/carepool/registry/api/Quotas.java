package org.carepool.registry.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Holds each caller of {@code /api/**} to a per-minute quota (Bucket4j), partner systems
 * stricter on changes than on reads; tells them what is left in {@code RateLimit-*}
 * headers and, once it is used up, answers {@code 429} with {@code Retry-After}.
 */
@Component
class Quotas extends OncePerRequestFilter {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final Quota users;

	private final Quota clients;

	private final Quota partnerWrites;

	private final HandlerExceptionResolver resolver;

	private final LocaleResolver locales;

	Quotas(QuotaProperties properties, HandlerExceptionResolver handlerExceptionResolver,
			LocaleResolver localeResolver) {
		this.users = Quota.of(properties.userCallsPerMinute(), MINUTE);
		this.clients = Quota.of(properties.clientCallsPerMinute(), MINUTE);
		this.partnerWrites = Quota.of(properties.partnerClientWritesPerMinute(), MINUTE);
		this.resolver = handlerExceptionResolver;
		this.locales = localeResolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			chain.doFilter(request, response);
			return;
		}
		boolean client = token.getAuthorities().stream().noneMatch((a) -> a.getAuthority().startsWith("ROLE_"));
		boolean partnerWrite = client && !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
				&& token.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals("SCOPE_requests.write"));
		Quota quota = partnerWrite ? this.partnerWrites : client ? this.clients : this.users;
		ConsumptionProbe probe = quota.take(token.getName());
		long reset = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()));
		response.setHeader("RateLimit-Limit", Long.toString(quota.capacity()));
		response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		response.setHeader("RateLimit-Reset", Long.toString(reset));
		if (!probe.isConsumed()) {
			StrictParameters.answer(request, response, this.resolver, this.locales,
					new TooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill())));
			return;
		}
		chain.doFilter(request, response);
	}

}
