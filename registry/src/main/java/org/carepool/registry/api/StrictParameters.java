package org.carepool.registry.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;

/**
 * Refuses, with a validation problem, a path or query parameter holding what no text
 * field may hold (NUL and other control characters, see {@link StrictJson#clean}), before
 * it reaches a query.
 */
@Component
class StrictParameters extends OncePerRequestFilter {

	private final HandlerExceptionResolver resolver;

	private final LocaleResolver locales;

	StrictParameters(HandlerExceptionResolver handlerExceptionResolver, LocaleResolver localeResolver) {
		this.resolver = handlerExceptionResolver;
		this.locales = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String field = dirty(request);
		if (field != null) {
			answer(request, response, this.resolver, this.locales, InvalidInput.of(field, "invalid-characters"));
			return;
		}
		chain.doFilter(request, response);
	}

	private static String dirty(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
				String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
				if (name == null || !StrictJson.clean(name)) {
					return "query";
				}
				if (value == null || !StrictJson.clean(value)) {
					return name;
				}
			}
		}
		String path = decode(request.getRequestURI());
		return (path == null || !StrictJson.clean(path)) ? "path" : null;
	}

	private static String decode(String value) {
		try {
			return UriUtils.decode(value.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Answers a request from a filter through the MVC exception handlers, in the language
	 * the MVC layer would choose (the servlet's own default would be the JVM's).
	 */
	static void answer(HttpServletRequest request, HttpServletResponse response, HandlerExceptionResolver resolver,
			LocaleResolver locales, RuntimeException ex) {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		try {
			resolver.resolveException(request, response, null, ex);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

}
