package io.estatewatch.benchmarks.rig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A small JSON-over-HTTP client for driving services in tests and benchmarks. */
public final class Http {

    /** A response: status, content type (empty when none), body, how long it took. */
    public record Answer(int status, String contentType, String body, Map<String, java.util.List<String>> headers,
                         Duration took) {

        public boolean problem() {
            return contentType.startsWith("application/problem+json");
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    public Http(Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.timeout = timeout;
    }

    public Http() {
        this(Duration.ofSeconds(60));
    }

    public HttpClient client() {
        return client;
    }

    public Answer get(URI uri, Map<String, String> headers) {
        return send(request(uri, headers).GET().build());
    }

    public Answer post(URI uri, Map<String, String> headers, String contentType, byte[] body) {
        return send(request(uri, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Any method with a body. */
    public Answer send(String method, URI uri, Map<String, String> headers, String contentType, byte[] body) {
        return send(request(uri, headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Answer postJson(URI uri, Map<String, String> headers, String json) {
        return post(uri, headers, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public CompletableFuture<Answer> postJsonAsync(URI uri, Map<String, String> headers, String json) {
        HttpRequest request = request(uri, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long started = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> answer(response, started));
    }

    /** The bearer header for a token. */
    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private HttpRequest.Builder request(URI uri, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        headers.forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest request) {
        long started = System.nanoTime();
        try {
            return answer(client.send(request, HttpResponse.BodyHandlers.ofString()), started);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response, long startedNanos) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().map(), Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
