package io.estatewatch.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway's public HTTP API as any client uses it: staff sign in for a token ({@code POST /auth/dev-token} in
 * the local profile), hotline systems send their API key, every write is JSON and every answer is JSON or
 * problem+json. Requests the gateway asks to slow down (429 with Retry-After), that find a service restarting (502,
 * 503, 504, a refused connection) or an idempotency key still in progress are sent again after a pause; every POST
 * of the demo carries an idempotency key or a natural key, so sending one twice does nothing twice.
 */
public final class GatewayClient {

    /** The hotline key of the local profile (api.md). */
    public static final String LOCAL_HOTLINE_KEY = "local-hotline-key";

    private static final int MAX_ATTEMPTS = 12;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Who sends a request: a member of staff (a token from the gateway) or a hotline system (its API key).
     *
     * @param streets   a street officer's streets
     * @param companyId a company user's company
     */
    public record Caller(String username, String role, List<String> streets, String companyId, boolean hotlineSystem) {

        public static Caller staff(String username, String role) {
            return new Caller(username, role, List.of(), null, false);
        }

        public static Caller streetOfficer(String username, String street) {
            return new Caller(username, "STREET_OFFICER", List.of(street), null, false);
        }

        public static Caller companyUser(String username, String companyId) {
            return new Caller(username, "COMPANY_USER", List.of(), companyId, false);
        }

        public static Caller hotline() {
            return new Caller("hotline-system", "HOTLINE_CLIENT", List.of(), null, true);
        }
    }

    /** An answer: its status, its JSON body (a missing node when there is none or it is not JSON) and headers. */
    public record Response(int status, JsonNode body, HttpHeaders headers, String text) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean created() {
            return status == 201;
        }

        /** The problem+json {@code detail} (or {@code title}), or the start of the body. */
        public String problem() {
            if (body.has("detail")) {
                return body.path("detail").asString();
            }
            if (body.has("title")) {
                return body.path("title").asString();
            }
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    /** A request failed for good: the gateway answered something else than what the caller expected. */
    public static final class GatewayException extends RuntimeException {
        private final int status;

        public GatewayException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final URI base;
    private final String hotlineKey;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Caller, String> tokens = new ConcurrentHashMap<>();
    private volatile Consumer<String> retryLog = message -> { };

    public GatewayClient(URI base, String hotlineKey) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.hotlineKey = hotlineKey;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public URI base() {
        return base;
    }

    /** Where to say that a request is being sent again, and why (once per pause). */
    public void onRetry(Consumer<String> log) {
        this.retryLog = log;
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    public ArrayNode array() {
        return json.createArrayNode();
    }

    public JsonMapper json() {
        return json;
    }

    /** Whether anything answers HTTP at the gateway's address right now: one try, no waiting. */
    public boolean answers() {
        try {
            http.send(HttpRequest.newBuilder(base.resolve("actuator/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Response get(Caller caller, String path) {
        return send(caller, "GET", path, null, null);
    }

    public Response post(Caller caller, String path, JsonNode body, String idempotencyKey) {
        return send(caller, "POST", path, body, idempotencyKey);
    }

    /** A GET that must succeed. */
    public JsonNode read(Caller caller, String path) {
        Response response = get(caller, path);
        if (!response.ok()) {
            throw new GatewayException("GET " + path + " → " + response.status() + ": " + response.problem(),
                    response.status());
        }
        return response.body();
    }

    /**
     * Every element of a paged list ({@code {"content":[…],"page":{"totalPages":…}}}), page by page; a plain JSON
     * array is taken as it is. Empty when the list does not exist (404 or 405), so that a part of the platform that
     * is not there yet is skipped rather than failing the load.
     */
    public Optional<List<JsonNode>> readAll(Caller caller, String path, int pageSize) {
        List<JsonNode> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; page < 1_000; page++) {
            Response response = get(caller, path + separator + "page=" + page + "&size=" + pageSize);
            if (response.status() == 404 || response.status() == 405) {
                return Optional.empty();
            }
            if (!response.ok()) {
                throw new GatewayException("GET " + path + " → " + response.status() + ": " + response.problem(),
                        response.status());
            }
            JsonNode body = response.body();
            if (body.isArray()) {
                body.forEach(all::add);
                return Optional.of(all);
            }
            body.path("content").forEach(all::add);
            int totalPages = body.path("page").path("totalPages").asInt(body.path("totalPages").asInt(1));
            if (page + 1 >= totalPages || body.path("content").isEmpty()) {
                return Optional.of(all);
            }
        }
        return Optional.of(all);
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response send(Caller caller, String method, String path, JsonNode body, String idempotencyKey) {
        boolean refreshedToken = false;
        IOException lastFailure = null;
        String key = idempotencyKey;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Accept", "application/json, application/problem+json");
            if (caller != null) {
                if (caller.hotlineSystem()) {
                    request.header("X-Api-Key", hotlineKey);
                } else {
                    request.header("Authorization", "Bearer " + token(caller));
                }
            }
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body),
                                StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> answer;
            try {
                answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                lastFailure = e;
                pause(method + " " + path + ": " + e.getClass().getSimpleName(), backoff(attempt));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GatewayException("interrupted during " + method + " " + path, -1);
            }
            Response response = new Response(answer.statusCode(), parse(answer.body()), answer.headers(), answer.body());
            int status = response.status();
            if (status == 401 && caller != null && !caller.hotlineSystem() && !refreshedToken) {
                tokens.remove(caller);
                refreshedToken = true;
                continue;
            }
            if (status == 429 || (status == 409 && response.body().path("type").asString("").contains("in-progress"))) {
                long seconds = answer.headers().firstValue("Retry-After").map(GatewayClient::seconds).orElse(1L);
                pause(null, Duration.ofMillis(Math.max(200, seconds * 1000)));
                continue;
            }
            if (status == 409 && response.body().path("type").asString("").contains("concurrent-modification")) {
                // Another request changed the same record first; this one changed nothing. Its answer may have been
                // kept under the key, so the retry goes under a key of its own.
                key = idempotencyKey == null ? null : idempotencyKey + "~" + attempt;
                pause(null, Duration.ofMillis(50L + (long) (Math.random() * 250)));
                continue;
            }
            if ((status == 502 || status == 503 || status == 504) && attempt < MAX_ATTEMPTS) {
                pause(method + " " + path + " → " + status, backoff(attempt));
                continue;
            }
            return response;
        }
        throw new GatewayException(method + " " + path + " did not get through after " + MAX_ATTEMPTS + " attempts"
                + (lastFailure == null ? "" : ": " + lastFailure), -1);
    }

    private String token(Caller caller) {
        return tokens.computeIfAbsent(caller, this::signIn);
    }

    private String signIn(Caller caller) {
        ObjectNode request = object().put("username", caller.username()).put("role", caller.role());
        if (!caller.streets().isEmpty()) {
            ArrayNode streets = request.putArray("streets");
            caller.streets().forEach(streets::add);
        }
        if (caller.companyId() != null) {
            request.put("companyId", caller.companyId());
        }
        Response response = send(null, "POST", "/auth/dev-token", request, null);
        if (!response.ok() || !response.body().hasNonNull("token")) {
            throw new GatewayException("POST /auth/dev-token for " + caller.username() + " → " + response.status()
                    + ": " + response.problem() + " (the gateway gives dev tokens in its local profile only)",
                    response.status());
        }
        return response.body().path("token").asString();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException notJson) {
            return json.missingNode();
        }
    }

    private void pause(String reason, Duration duration) {
        if (reason != null) {
            retryLog.accept(reason + "; again in " + duration.toMillis() + " ms");
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted", -1);
        }
    }

    private static Duration backoff(int attempt) {
        return Duration.ofMillis(Math.min(4_000, 250L << Math.min(attempt - 1, 5)));
    }

    private static long seconds(String retryAfter) {
        try {
            return Math.max(0, Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
