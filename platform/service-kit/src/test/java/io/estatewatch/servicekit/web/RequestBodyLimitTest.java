package io.estatewatch.servicekit.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over {@code estatewatch.web.max-body-bytes} (4096 in these tests) are refused with 413, however they come. */
class RequestBodyLimitTest extends WebConventionsTest {

    private static final int LIMIT = 4096;

    @Test
    void aBodyWhoseContentLengthIsOverTheLimitIsRefusedBeforeItIsRead() {
        Reply reply = send(request("/api/v1/samples/echo").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(LIMIT + 1))).build());

        JsonNode problem = assertProblem(reply, 413, ProblemType.PAYLOAD_TOO_LARGE, "/api/v1/samples/echo");
        assertThat(problem.path("detail").asString()).isEqualTo("The request body is larger than the limit of 4096 bytes.");
        assertThat(problem.path("limitBytes").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhileItIsRead() {
        Reply reply = send(chunked("/api/v1/samples/echo", "text/plain", "x".repeat(LIMIT * 3)));

        JsonNode problem = assertProblem(reply, 413, ProblemType.PAYLOAD_TOO_LARGE, "/api/v1/samples/echo");
        assertThat(problem.path("limitBytes").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsRefusedToo() {
        Reply reply = send(chunked("/api/v1/samples/echo-json", "application/json",
                "{\"description\":\"" + "x".repeat(LIMIT * 2) + "\"}"));

        assertProblem(reply, 413, ProblemType.PAYLOAD_TOO_LARGE, "/api/v1/samples/echo-json");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWhenAFilterReadsIt() {
        // The idempotency filter reads the body before any handler does.
        Reply reply = send(chunked("/api/v1/samples/echo", "text/plain", "x".repeat(LIMIT * 2), "Idempotency-Key", "limit-1"));

        assertProblem(reply, 413, ProblemType.PAYLOAD_TOO_LARGE, "/api/v1/samples/echo");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() {
        Reply reply = send(chunked("/api/v1/samples/echo", "text/plain", "x".repeat(LIMIT)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("length").asInt()).isEqualTo(LIMIT);
        assertThat(reply.json().path("transferEncoding").asString()).isEqualTo("chunked");
    }

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() {
        Reply reply = send(request("/api/v1/samples/echo").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(LIMIT))).build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("length").asInt()).isEqualTo(LIMIT);
    }

    /** A body of unknown length, which HTTP/1.1 sends with {@code Transfer-Encoding: chunked}. */
    private HttpRequest chunked(String path, String contentType, String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    }
}
