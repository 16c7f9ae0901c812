package org.carepool.identity.login;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down, and after too many failures refuses, sign-in attempts
 * ({@link SignInAttempts}); a refused attempt gets the same answer as a wrong password.
 */
class SignInThrottle extends OncePerRequestFilter {

	private final SignInAttempts attempts;

	SignInThrottle(SignInAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(request.getMethod().equals("POST") && request.getServletPath().equals("/login"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = this.attempts.admission(request.getParameter("username"), request.getRemoteAddr());
		if (wait == null) {
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		if (!wait.isZero()) {
			try {
				Thread.sleep(wait.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
