package org.carepool.registry.access;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.carepool.registry.audit.AuditTrail;
import org.carepool.registry.audit.AuditTrail.AuditEntry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers requests without a valid token (401), requests the caller may not make (403)
 * and requests the firewall refuses (400) with problem documents in the caller's
 * language, and records each refusal in the audit trail.
 */
@Component
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final MessageSource messages;

	private final ObjectMapper json;

	private final AuditTrail audit;

	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, ObjectMapper json, AuditTrail audit, LocaleResolver localeResolver) {
		this.messages = messages;
		this.json = json;
		this.audit = audit;
		this.locales = localeResolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		denied(request.getMethod() + " " + request.getRequestURI());
		write(request, response, HttpStatus.FORBIDDEN, "forbidden");
	}

	/**
	 * Answers what the firewall refuses (a header or URL no client should send) as a bad
	 * request, not as a failure of the registry.
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		write(request, response, HttpStatus.BAD_REQUEST, "bad-request");
	}

	/**
	 * Records a refused request of the current caller.
	 * @param action what was attempted
	 */
	public void denied(String action) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = (authentication != null) ? authentication.getName() : "anonymous";
		String roles = (authentication instanceof JwtAuthenticationToken) ? Caller.of(authentication).auditRoles() : "";
		this.audit.denied(new AuditEntry(actor, roles, action, "request", null, null));
	}

	/**
	 * The problem document for a refusal.
	 * @param status 401 or 403
	 * @param type the problem type
	 * @return the problem
	 */
	public ProblemDetail problem(HttpStatus status, String type) {
		return org.carepool.registry.api.Problems.of(this.messages, status, type);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			ProblemDetail problem = problem(status, type);
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(), problem);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

}
