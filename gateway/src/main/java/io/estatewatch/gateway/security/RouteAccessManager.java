package io.estatewatch.gateway.security;

import io.estatewatch.gateway.route.AccessPolicy;
import io.estatewatch.gateway.route.AccessRule;
import io.estatewatch.gateway.route.Audience;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Decides every request by the role × route matrix: the first {@link AccessRule} that matches its method and path
 * says who may pass. No rule, no entry. A refused caller without credentials gets 401, one with credentials 403.
 */
public final class RouteAccessManager implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final AccessPolicy policy;

    public RouteAccessManager(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        ServerHttpRequest request = context.getExchange().getRequest();
        Optional<AccessRule> rule = policy.ruleFor(request.getMethod(), request.getPath().pathWithinApplication());
        if (rule.isEmpty()) {
            return Mono.just(DENIED);
        }
        Audience audience = rule.get().audience();
        return authentication
                .map(caller -> (AuthorizationResult) new AuthorizationDecision(admits(audience, caller)))
                .defaultIfEmpty(new AuthorizationDecision(audience.anonymous()));
    }

    private static boolean admits(Audience audience, Authentication authentication) {
        if (authentication instanceof CallerAuthentication caller) {
            return audience.admits(caller.getPrincipal().role());
        }
        return authentication instanceof AnonymousAuthenticationToken && audience.anonymous();
    }
}
