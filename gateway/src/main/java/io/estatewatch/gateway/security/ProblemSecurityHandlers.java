package io.estatewatch.gateway.security;

import io.estatewatch.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;

/**
 * 401 and 403 as problem+json; and a 503 with {@code Retry-After} for a staff token that could not be checked at all
 * (an {@link AuthenticationServiceException}: the identity provider cannot be reached), the gateway's trouble and
 * passing, where a 401 would send staff to sign in again to no avail.
 */
public final class ProblemSecurityHandlers
        implements ServerAuthenticationEntryPoint, ServerAuthenticationFailureHandler, ServerAccessDeniedHandler {

    static final String UNVERIFIABLE_TOKEN = "The bearer token cannot be verified right now: the identity provider "
            + "that signed it cannot be reached. Retry after the number of seconds in Retry-After.";

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final Duration retryAfter;

    /** @param retryAfter what a 503 tells the client to wait */
    public ProblemSecurityHandlers(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

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

    /** The bearer token filter's failures: Spring's own handler would rethrow a service failure, making it a 500. */
    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange filterExchange, AuthenticationException failure) {
        ServerWebExchange exchange = filterExchange.getExchange();
        if (failure instanceof AuthenticationServiceException) {
            log.warn("503 for {} {}: the token could not be verified: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), NestedExceptionUtils.getMostSpecificCause(failure).toString());
            return Problems.writeRetryLater(exchange, Problems.Kind.SERVICE_UNAVAILABLE, UNVERIFIABLE_TOKEN, retryAfter,
                    Map.of());
        }
        return commence(exchange, failure);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Problems.write(exchange, Problems.Kind.FORBIDDEN,
                "Your role may not " + exchange.getRequest().getMethod() + " this path.");
    }
}
