package io.estatewatch.gateway.openapi;

import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document names the service's own address as its server; served through the gateway it must
 * name the gateway instead, or Swagger UI's "Try it out" would bypass it. Anything that is not a JSON object is
 * passed on unchanged.
 */
public final class ApiDocsRewriter {

    private static final JsonMapper JSON = JsonMapper.shared();

    private ApiDocsRewriter() {
    }

    public static Mono<byte[]> rewrite(ServerWebExchange exchange, byte[] document) {
        return document == null ? Mono.empty() : Mono.just(rewrite(document));
    }

    static byte[] rewrite(byte[] document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException notJson) {
            return document;
        }
        if (!(root instanceof ObjectNode object) || !object.has("openapi")) {
            return document;
        }
        object.putArray("servers").addObject()
                .put("url", "/")
                .put("description", "Estate Watch gateway");
        return JSON.writeValueAsBytes(object);
    }
}
