package org.educloud.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Scope;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives every controller method that declares a {@link Scope} parameter the caller's scope, computed once per
 * request from their grants (by the bearer-token filter, for API calls with a personal token).
 */
@Component
class ScopeArgumentResolver implements HandlerMethodArgumentResolver {

    private static final String CACHE = ScopeArgumentResolver.class.getName();

    private final IdentityManagement identity;

    ScopeArgumentResolver(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Scope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (request != null && request.getAttribute(CACHE) instanceof Scope cached) {
            return cached;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new InsufficientAuthenticationException("a scope needs an authenticated caller");
        }
        // A bearer token's authentication is built afresh for each request and carries the scope it read; a
        // session's principal outlives its grants, so its scope is read now.
        Scope scope = authentication.getDetails() instanceof Scope current && current.userId().equals(principal.id())
                ? current : identity.scopeOf(principal.id());
        if (request != null) {
            request.setAttribute(CACHE, scope);
        }
        return scope;
    }
}
