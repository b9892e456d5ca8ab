package io.estatewatch.gateway.security;

import io.estatewatch.gateway.web.Problems;
import io.estatewatch.gateway.web.RequestBodyLimitFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A hotline client pushes complaints only on its channels: a {@code POST /api/v1/complaints} (or {@code /batch})
 * naming a channel its key or token is not bound to is refused here with 403, before it reaches the complaint
 * service (which checks the {@code channels} claim as well). A body that is not JSON, or names no channel, is left
 * for the service to judge.
 */
public final class HotlineChannelFilter implements GlobalFilter, Ordered {

    public static final int ORDER = -15;

    private static final Set<String> PUSH_PATHS = Set.of("/api/v1/complaints", "/api/v1/complaints/batch");
    private static final String CHANNEL = "channel";
    private static final JsonMapper JSON = JsonMapper.shared();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())
                || !PUSH_PATHS.contains(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        return Callers.current().flatMap(caller -> {
            if (caller.role() != Role.HOTLINE_CLIENT) {
                return chain.filter(exchange);
            }
            for (String channel : channels(RequestBodyLimitFilter.body(exchange).orElse(new byte[0]))) {
                if (!caller.mayPushOn(channel)) {
                    return Problems.write(exchange, Problems.Kind.FORBIDDEN,
                            "The credential '" + caller.name() + "' may not push complaints on channel " + channel + ".",
                            Map.of("channel", channel));
                }
            }
            return chain.filter(exchange);
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The channels a push names: of the complaint, of each complaint of an array, or of a batch object's arrays. */
    static Set<String> channels(byte[] body) {
        Set<String> channels = new LinkedHashSet<>();
        if (body.length == 0) {
            return channels;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return channels;
        }
        collect(root, channels);
        if (root != null && root.isObject()) {
            for (JsonNode member : root.values()) {
                if (member.isArray()) {
                    member.values().forEach(element -> collect(element, channels));
                }
            }
        } else if (root != null && root.isArray()) {
            root.values().forEach(element -> collect(element, channels));
        }
        return channels;
    }

    private static void collect(JsonNode node, Set<String> channels) {
        if (node != null && node.isObject() && node.get(CHANNEL) != null && node.get(CHANNEL).isString()) {
            channels.add(node.get(CHANNEL).asString());
        }
    }
}
