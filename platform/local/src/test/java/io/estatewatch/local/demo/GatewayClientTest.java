package io.estatewatch.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.estatewatch.local.demo.GatewayClient.Caller;
import io.estatewatch.local.demo.GatewayClient.Response;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayClientTest {

    private record Answer(int status, String body, Map<String, String> headers) {
    }

    private HttpServer server;
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private GatewayClient client;

    @BeforeEach
    void startAStubGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = new GatewayClient(URI.create("http://localhost:" + server.getAddress().getPort()), "the-key");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void staffSignInForATokenOnceAndAgainWhenItIsRefused() {
        answers("/api/v1/estates", new Answer(401, "", Map.of()), new Answer(200, "{\"content\":[]}", Map.of()),
                new Answer(200, "{\"content\":[]}", Map.of()));

        Caller admin = Caller.staff("demo-admin", "DISTRICT_ADMIN");
        assertThat(client.get(admin, "/api/v1/estates").status()).isEqualTo(200);
        assertThat(client.get(admin, "/api/v1/estates").status()).isEqualTo(200);

        assertThat(tokensIssued).hasValue(2);
        assertThat(seen).filteredOn(line -> line.startsWith("GET /api/v1/estates"))
                .containsExactly("GET /api/v1/estates Bearer token-1", "GET /api/v1/estates Bearer token-2",
                        "GET /api/v1/estates Bearer token-2");
    }

    @Test
    void hotlineSystemsSendTheirKey() {
        answers("/api/v1/complaints", new Answer(201, "{\"id\":\"c-1\"}", Map.of()));

        Response response = client.post(Caller.hotline(), "/api/v1/complaints", client.object().put("channel", "MAYOR_HOTLINE"), null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().path("id").asString()).isEqualTo("c-1");
        assertThat(seen).containsExactly("POST /api/v1/complaints key the-key");
        assertThat(tokensIssued).hasValue(0);
    }

    @Test
    void aRequestTheGatewaySlowsDownIsSentAgainWithTheSameKey() {
        answers("/api/v1/filings", new Answer(429, "{\"status\":429}", Map.of("Retry-After", "0")),
                new Answer(503, "{\"status\":503}", Map.of()), new Answer(201, "{\"id\":\"f-1\"}", Map.of()));

        Response response = client.post(Caller.hotline(), "/api/v1/filings", client.object(), "demo-1-filing-a");

        assertThat(response.status()).isEqualTo(201);
        assertThat(seen).containsExactly("POST /api/v1/filings key the-key idem demo-1-filing-a",
                "POST /api/v1/filings key the-key idem demo-1-filing-a",
                "POST /api/v1/filings key the-key idem demo-1-filing-a");
    }

    @Test
    void aConcurrentModificationIsRetriedUnderAKeyOfItsOwn() {
        answers("/api/v1/assessment/rounds/r/scores",
                new Answer(409, "{\"type\":\"https://estatewatch.io/problems/concurrent-modification\"}", Map.of()),
                new Answer(201, "{\"total\":88}", Map.of()));

        Response response = client.post(Caller.hotline(), "/api/v1/assessment/rounds/r/scores", client.object(), "k");

        assertThat(response.status()).isEqualTo(201);
        assertThat(seen).containsExactly("POST /api/v1/assessment/rounds/r/scores key the-key idem k",
                "POST /api/v1/assessment/rounds/r/scores key the-key idem k~1");
    }

    @Test
    void aStateConflictIsTheCallersToJudge() {
        answers("/api/v1/complaints/c/callback",
                new Answer(409, "{\"type\":\"https://estatewatch.io/problems/conflict\",\"currentState\":\"CLOSED\"}", Map.of()));

        Response response = client.post(Caller.hotline(), "/api/v1/complaints/c/callback", client.object(), "k");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body().path("currentState").asString()).isEqualTo("CLOSED");
        assertThat(seen).hasSize(1);
    }

    @Test
    void aPagedListIsReadPageByPageAndAMissingOneIsEmpty() {
        answers("/api/v1/companies",
                new Answer(200, "{\"content\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"page\":{\"totalPages\":2}}", Map.of()),
                new Answer(200, "{\"content\":[{\"id\":\"c\"}],\"page\":{\"totalPages\":2}}", Map.of()));
        Caller admin = Caller.staff("demo-admin", "DISTRICT_ADMIN");

        assertThat(client.readAll(admin, "/api/v1/companies", 2).orElseThrow())
                .extracting(node -> node.path("id").asString()).containsExactly("a", "b", "c");
        assertThat(seen).filteredOn(line -> line.startsWith("GET /api/v1/companies")).hasSize(2);
        assertThat(client.readAll(admin, "/api/v1/nothing", 2)).isEmpty();
    }

    // ---- the stub ----

    private void answers(String path, Answer... sequence) {
        answers.put(path, new ConcurrentLinkedDeque<>(List.of(sequence)));
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        exchange.getRequestBody().readAllBytes();
        if (path.equals("/auth/dev-token")) {
            respond(exchange, new Answer(200, "{\"token\":\"token-" + tokensIssued.incrementAndGet() + "\"}", Map.of()));
            return;
        }
        List<String> line = new ArrayList<>(List.of(exchange.getRequestMethod(), path));
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            line.add(auth);
        }
        String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
        if (key != null) {
            line.add("key " + key);
        }
        String idempotency = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (idempotency != null) {
            line.add("idem " + idempotency);
        }
        seen.add(String.join(" ", line));
        Deque<Answer> queue = answers.get(path);
        Answer next = queue == null ? null : queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
        respond(exchange, next == null ? new Answer(404, "{\"status\":404}", Map.of()) : next);
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
