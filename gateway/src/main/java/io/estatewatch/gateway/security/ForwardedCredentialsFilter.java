package io.estatewatch.gateway.security;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Gives every routed request the credential its service verifies: a caller's own bearer token as it came; for an API
 * key caller a short-lived token minted for the key (role HOTLINE_CLIENT, its channels, {@code sub} = the key's
 * name); for an anonymous caller of a public route a short-lived {@link Role#PUBLIC} token. The API key itself never
 * leaves the gateway.
 */
public final class ForwardedCredentialsFilter implements GlobalFilter, Ordered {

    /** After rate limiting and the channel check, before the route's own filters. */
    public static final int ORDER = -10;

    private final TokenMinter minter;
    private final Duration lifetime;

    public ForwardedCredentialsFilter(TokenMinter minter, Duration lifetime) {
        this.minter = minter;
        this.lifetime = lifetime;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return Callers.current().flatMap(caller -> {
            ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
                headers.remove(ApiKeyAuthentication.HEADER);
                if (caller.credential() != Credential.BEARER_TOKEN) {
                    headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + minter.mint(caller, lifetime));
                }
            }).build();
            return chain.filter(exchange.mutate().request(request).build());
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
