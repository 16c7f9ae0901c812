package org.carepool.registry.access;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides a handler's {@code @PreAuthorize} rule before its arguments are read, so a
 * caller without the role is refused with {@code 403} whatever the body says, and never
 * learns the body's schema from a validation problem. The rule stays in one place: the
 * annotation on the handler, which method security checks again when it is called.
 */
@Component
class AuthorizeFirst implements HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Supplier<Authentication> authentication = () -> SecurityContextHolder.getContext().getAuthentication();
		Object bean = method.createWithResolvedBean().getBean();
		AuthorizationResult result = this.rules.authorize(authentication, new SimpleMethodInvocation(bean,
				method.getMethod(), new Object[method.getMethod().getParameterCount()]));
		if (result != null && !result.isGranted()) {
			throw new AccessDeniedException("Access Denied");
		}
		return true;
	}

}
