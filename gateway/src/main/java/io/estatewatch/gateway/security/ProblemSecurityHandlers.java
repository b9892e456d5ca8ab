package io.estatewatch.gateway.security;

import io.estatewatch.gateway.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as problem+json. */
public final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        String detail;
        if (failure instanceof ApiKeyAuthentication.InvalidApiKeyException invalidKey) {
            detail = invalidKey.getMessage();
        } else if (failure instanceof InvalidBearerTokenException || failure instanceof BadCredentialsException) {
            detail = "The bearer token is not valid, has expired, or names no known role.";
        } else {
            detail = "This path needs credentials: a bearer token (staff) or an X-Api-Key (hotline systems).";
        }
        return Problems.write(exchange, Problems.Kind.UNAUTHORIZED, detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Problems.write(exchange, Problems.Kind.FORBIDDEN,
                "Your role may not " + exchange.getRequest().getMethod() + " this path.");
    }
}
