package io.estatewatch.servicekit.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Fills a controller's {@code Caller} parameter from the request's verified token. A request without one (on a
 * public path) is answered 401, so a handler that takes a {@code Caller} always has one.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final CallerAuthenticationConverter converter;

    CallerArgumentResolver(CallerAuthenticationConverter converter) {
        this.converter = converter;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt && jwt.isAuthenticated()) {
            return converter.caller(jwt.getToken());
        }
        throw new AuthenticationCredentialsNotFoundException("This request needs a bearer token.");
    }
}
