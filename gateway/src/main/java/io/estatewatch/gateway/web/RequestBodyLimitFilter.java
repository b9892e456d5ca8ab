package io.estatewatch.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;

/**
 * Refuses request bodies over the limit with 413: at once when {@code Content-Length} says so, otherwise (a chunked
 * body) as soon as the bytes read pass it, before anything reaches a service. A body within the limit is read whole
 * and forwarded with its {@code Content-Length}; its bytes stay available to later filters ({@link #body}).
 *
 * <p>Runs after authentication, so that a caller without valid credentials cannot make the gateway read a body.
 */
public final class RequestBodyLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's filter chain (order -100). */
    public static final int ORDER = 0;

    private static final String ATTRIBUTE = RequestBodyLimitFilter.class.getName() + ".body";

    private final long limitBytes;

    public RequestBodyLimitFilter(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long declared = headers.getContentLength();
        if (declared > limitBytes) {
            return tooLarge(exchange);
        }
        boolean hasBody = declared > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        if (!hasBody) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), Math.toIntExact(limitBytes))
                .map(RequestBodyLimitFilter::copyAndRelease)
                .defaultIfEmpty(new byte[0])
                .flatMap(bytes -> {
                    exchange.getAttributes().put(ATTRIBUTE, bytes);
                    return chain.filter(exchange.mutate().request(new CachedBody(request, bytes)).build());
                })
                .onErrorResume(DataBufferLimitException.class, tooBig -> tooLarge(exchange));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The body of the request as read by this filter (empty when it had none). */
    public static Optional<byte[]> body(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return Problems.write(exchange, Problems.Kind.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limitBytes + " bytes.", Map.of("limitBytes", limitBytes));
    }

    private static byte[] copyAndRelease(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** The request with its body replaced by bytes already read, announced with their length. */
    private static final class CachedBody extends ServerHttpRequestDecorator {

        private final byte[] bytes;
        private final HttpHeaders headers;

        CachedBody(ServerHttpRequest delegate, byte[] bytes) {
            super(delegate);
            this.bytes = bytes;
            HttpHeaders copy = new HttpHeaders();
            copy.putAll(delegate.getHeaders());
            copy.remove(HttpHeaders.TRANSFER_ENCODING);
            copy.setContentLength(bytes.length);
            this.headers = HttpHeaders.readOnlyHttpHeaders(copy);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)));
        }
    }
}
