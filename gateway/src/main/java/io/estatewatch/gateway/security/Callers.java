package io.estatewatch.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/** The caller of the request being handled, for the gateway filters that run after authentication. */
public final class Callers {

    private Callers() {
    }

    /** The authenticated caller, or {@link Caller#anonymous()} when the request carried no credentials. */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Callers::of)
                .defaultIfEmpty(Caller.anonymous());
    }

    private static Caller of(Authentication authentication) {
        return authentication instanceof CallerAuthentication caller ? caller.getPrincipal() : Caller.anonymous();
    }
}
