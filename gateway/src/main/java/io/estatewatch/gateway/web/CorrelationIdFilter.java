package io.estatewatch.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The first thing every request meets: takes {@value #HEADER} from the request, or makes a new UUID when it is
 * absent or not acceptable (so a header cannot forge log lines), forwards it to the service and echoes it in the
 * response, also on the gateway's own problem responses.
 */
public final class CorrelationIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Correlation-Id";
    /** Runs before everything, security included, so that a 401 carries the id too. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    // The services accept the same: letters, digits and a few separators, at most 128.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String presented = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = presented != null && ACCEPTED.matcher(presented).matches() ? presented : UUID.randomUUID().toString();
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> headers.set(HEADER, id)).build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(ATTRIBUTE, id);
        withId.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(withId);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The correlation id of the exchange, once this filter has run. */
    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }
}
