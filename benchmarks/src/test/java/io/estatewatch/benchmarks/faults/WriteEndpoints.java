package io.estatewatch.benchmarks.faults;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The write operations with a request body that a service's OpenAPI document lists, with the body's fields. */
record WriteEndpoints(List<Endpoint> all) {

    /**
     * @param method      POST, PUT or PATCH
     * @param path        with its path parameters as in the document ({@code /api/v1/complaints/{id}/response})
     * @param contentType the body's media type ({@code application/json}, {@code application/x-www-form-urlencoded})
     * @param fields      the body's top-level fields and their JSON types (string, integer, number, boolean, object, array)
     */
    record Endpoint(String method, String path, String contentType, Map<String, String> fields) {

        boolean json() {
            return contentType.contains("json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Set<String> WRITES = Set.of("post", "put", "patch");

    static WriteEndpoints of(JsonNode document) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITES.contains(operation.getKey())) {
                    continue;
                }
                JsonNode content = operation.getValue().path("requestBody").path("content");
                if (content.isMissingNode() && !path.getKey().startsWith("/open311/")) {
                    continue; // no body to break (GeoReport's form parameters are listed as parameters)
                }
                String type = content.propertyNames().stream().findFirst().orElse("application/json");
                Map<String, String> fields = new LinkedHashMap<>();
                JsonNode schema = resolve(document, content.path(type).path("schema"));
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    JsonNode resolved = resolve(document, property.getValue());
                    String jsonType = resolved.path("type").asString("");
                    fields.put(property.getKey(), jsonType.isEmpty()
                            ? (resolved.has("properties") ? "object" : "string") : jsonType);
                }
                endpoints.add(new Endpoint(operation.getKey().toUpperCase(), path.getKey(), type, fields));
            }
        }
        return new WriteEndpoints(endpoints);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/")) {
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            return target;
        }
        JsonNode allOf = schema.path("allOf");
        if (allOf.isArray() && !allOf.isEmpty()) {
            return resolve(document, allOf.get(0));
        }
        return schema;
    }
}
