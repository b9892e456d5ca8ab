package io.estatewatch.servicekit.security;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client of the secured sample service on its real port, as a caller sees it: requests with or without a bearer
 * token, and refusals that must be problem+json giving nothing away (no exception, no framework, no secret).
 */
final class SecuredServiceClient {

    private static final String PROBLEM_TYPES = "https://estatewatch.io/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String secret;

    /** @param secret the service's shared secret, which no reply may show */
    SecuredServiceClient(int port, String secret) {
        this.port = port;
        this.secret = secret;
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    Reply send(HttpRequest request) {
        try {
            return new Reply(HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reply is the problem {@code type} with {@code status} for {@code path}, and shows nothing internal. */
    JsonNode assertProblem(Reply reply, int status, String type, String path) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asString()).isEqualTo(PROBLEM_TYPES + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("instance").asString()).isEqualTo(path);
        assertThat(problem.path("correlationId").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception", "org.springframework", "Jwt", secret);
        return problem;
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(response.body());
        }
    }
}
