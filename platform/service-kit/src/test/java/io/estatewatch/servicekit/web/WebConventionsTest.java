package io.estatewatch.servicekit.web;

import io.estatewatch.servicekit.web.sample.SampleApplication;
import io.estatewatch.testkit.UsesTestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample service on a real port, spoken to over HTTP/1.1 by the JDK client: what a client of a service sees,
 * including the servlet container's own error path and chunked bodies. MongoDB (and Kafka, unused here) come from
 * the testkit.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=web-conventions-test",
        "estatewatch.web.max-body-bytes=4096",
        "estatewatch.outbox.enabled=false",
        "logging.level.org.apache.kafka=WARN",
        // The service kit's security is not what these tests are about: every path is public here.
        "estatewatch.security.jwt.secret=web-conventions-test-secret-0123456789",
        "estatewatch.security.public-paths=/**"
})
@UsesTestInfrastructure
abstract class WebConventionsTest {

    static final String PROBLEM_JSON = "application/problem+json";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    Reply get(String path) {
        return send(request(path).GET().build());
    }

    Reply postJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    Reply send(HttpRequest request) {
        try {
            return Reply.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<Reply> sendAsync(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).thenApply(Reply::of);
    }

    /** The parts of a response the tests look at. */
    record Reply(int status, HttpHeaders headers, String body) {

        static Reply of(HttpResponse<String> response) {
            return new Reply(response.statusCode(), response.headers(), response.body());
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    /** Asserts the members every problem has, and that nothing of an exception leaks. Returns the problem. */
    static JsonNode assertProblem(Reply reply, int status, ProblemType type, String path) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM_JSON);
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asString()).isEqualTo(type.uri().toString());
        assertThat(problem.path("title").asString()).isEqualTo(type.title());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("instance").asString()).isEqualTo(path);
        assertThat(problem.path("correlationId").asString()).isEqualTo(reply.header(CorrelationId.HEADER)).isNotBlank();
        assertNoLeak(reply);
        return problem;
    }

    static void assertNoLeak(Reply reply) {
        assertThat(reply.body()).doesNotContain("Exception", "exception", "\tat ", "trace", "secret", "hunter2",
                "io.estatewatch.servicekit", "java.", "tools.jackson", "org.springframework");
    }

    static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
