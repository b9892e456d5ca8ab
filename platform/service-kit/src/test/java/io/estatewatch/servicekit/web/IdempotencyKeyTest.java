package io.estatewatch.servicekit.web;

import io.estatewatch.servicekit.web.sample.SampleController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key}: a retried write returns the first result and has its effect once. */
class IdempotencyKeyTest extends WebConventionsTest {

    private static final String BODY = """
            {"name":"Green Valley","households":120,"category":"PARKING"}""";
    private static final String OTHER_BODY = """
            {"name":"Blue Harbour","households":80,"category":"NOISE"}""";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResponse() {
        String key = newKey();
        int before = SampleController.created.get();

        Reply first = postJson("/api/v1/samples", BODY, "Idempotency-Key", key);
        Reply retry = postJson("/api/v1/samples", BODY, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isNotNull();
        assertThat(retry.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replay")).isNull();
        assertThat(SampleController.created.get() - before).isEqualTo(1);
    }

    @Test
    void aConcurrentModificationIsNotReplayedSoTheRetryIsTriedAgain() {
        String key = newKey();

        Reply first = postJson("/api/v1/samples/stale", BODY, "Idempotency-Key", key);
        Reply retry = postJson("/api/v1/samples/stale", BODY, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.header("Idempotent-Replay")).isNull();
    }

    @Test
    void theSameKeyWithADifferentBodyIsAConflict() {
        String key = newKey();
        int before = SampleController.created.get();

        postJson("/api/v1/samples", BODY, "Idempotency-Key", key);
        Reply reused = postJson("/api/v1/samples", OTHER_BODY, "Idempotency-Key", key);

        JsonNode problem = assertProblem(reused, 409, ProblemType.IDEMPOTENCY_KEY_REUSED, "/api/v1/samples");
        assertThat(problem.path("detail").asString()).contains(key);
        assertThat(SampleController.created.get() - before).isEqualTo(1);
    }

    @Test
    void differentKeysAreDifferentRequests() {
        int before = SampleController.created.get();

        Reply first = postJson("/api/v1/samples", BODY, "Idempotency-Key", newKey());
        Reply second = postJson("/api/v1/samples", BODY, "Idempotency-Key", newKey());

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isNotEqualTo(first.body());
        assertThat(SampleController.created.get() - before).isEqualTo(2);
    }

    @Test
    void requestsWithoutAKeyAreNotDeduplicated() {
        int before = SampleController.created.get();

        postJson("/api/v1/samples", BODY);
        postJson("/api/v1/samples", BODY);

        assertThat(SampleController.created.get() - before).isEqualTo(2);
    }

    @Test
    void theSameKeyOnAnotherPathIsAnotherRequest() {
        String key = newKey();

        Reply put = send(request("/api/v1/samples/s-7", "Idempotency-Key", key, "Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(BODY)).build());
        Reply post = postJson("/api/v1/samples", BODY, "Idempotency-Key", key);

        assertThat(put.status()).isEqualTo(200);
        assertThat(post.status()).isEqualTo(201);
        assertThat(post.header("Idempotent-Replay")).isNull();
    }

    @Test
    void aRetryWhileTheFirstRequestIsInFlightIsAConflict() throws Exception {
        String key = newKey();
        SampleController.started = new CountDownLatch(1);
        SampleController.release = new CompletableFuture<>();
        int before = SampleController.created.get();

        CompletableFuture<Reply> first = sendAsync(request("/api/v1/samples/slow", "Idempotency-Key", key,
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BODY)).build());
        assertThat(SampleController.started.await(10, TimeUnit.SECONDS)).as("first request reached the handler").isTrue();

        Reply concurrent = postJson("/api/v1/samples/slow", BODY, "Idempotency-Key", key);
        SampleController.release.complete(null);
        Reply firstReply = first.get(10, TimeUnit.SECONDS);
        Reply retry = postJson("/api/v1/samples/slow", BODY, "Idempotency-Key", key);

        JsonNode problem = assertProblem(concurrent, 409, ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS, "/api/v1/samples/slow");
        assertThat(problem.path("detail").asString()).contains("still in progress");
        assertThat(concurrent.header("Retry-After")).isEqualTo("1");
        assertThat(firstReply.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(firstReply.body());
        assertThat(SampleController.created.get() - before).isEqualTo(1);
    }

    @Test
    void aServerErrorIsNotStoredSoTheRetryRunsAgain() {
        String key = newKey();
        SampleController.flakyCalls.set(0);

        Reply failed = postJson("/api/v1/samples/flaky", BODY, "Idempotency-Key", key);
        Reply retried = postJson("/api/v1/samples/flaky", BODY, "Idempotency-Key", key);
        Reply replayed = postJson("/api/v1/samples/flaky", BODY, "Idempotency-Key", key);

        assertProblem(failed, 500, ProblemType.INTERNAL_ERROR, "/api/v1/samples/flaky");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replay")).isNull();
        assertThat(replayed.body()).isEqualTo(retried.body());
        assertThat(replayed.header("Idempotent-Replay")).isEqualTo("true");
        assertThat(SampleController.flakyCalls.get()).isEqualTo(2);
    }

    @Test
    void aClientErrorIsStoredAndReplayed() {
        String key = newKey();
        String invalid = """
                {"name":"","households":1,"category":"NOISE"}""";

        Reply first = postJson("/api/v1/samples", invalid, "Idempotency-Key", key);
        Reply retry = postJson("/api/v1/samples", invalid, "Idempotency-Key", key);

        assertProblem(first, 400, ProblemType.VALIDATION, "/api/v1/samples");
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.contentType()).startsWith(PROBLEM_JSON);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replay")).isEqualTo("true");
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIsAnInvalidParameter() {
        Reply reply = postJson("/api/v1/samples", BODY, "Idempotency-Key", "x".repeat(256));

        JsonNode problem = assertProblem(reply, 400, ProblemType.INVALID_PARAMETER, "/api/v1/samples");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void storedResponsesExpireThroughATtlIndexOnCreatedAt() {
        postJson("/api/v1/samples", BODY, "Idempotency-Key", newKey());

        IndexInfo ttl = mongo.indexOps("idempotency_keys").getIndexInfo().stream()
                .filter(index -> index.isIndexForFields(java.util.List.of("createdAt")))
                .findFirst().orElseThrow();
        assertThat(ttl.getExpireAfter()).hasValue(Duration.ofHours(24));
    }

    @Test
    void theStoredEntryHoldsTheFingerprintOfMethodPathAndBody() {
        String key = newKey();
        postJson("/api/v1/samples", BODY, "Idempotency-Key", key);

        org.bson.Document stored = mongo.findById(key + " POST /api/v1/samples", org.bson.Document.class, "idempotency_keys");
        assertThat(stored).isNotNull();
        assertThat(stored.getString("state")).isEqualTo("COMPLETED");
        assertThat(stored.getInteger("status")).isEqualTo(201);
        assertThat(stored.getString("fingerprint")).isEqualTo(IdempotencyFilter.fingerprint("POST", "/api/v1/samples", null,
                BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(stored.getDate("createdAt")).isNotNull();
    }

    private static String newKey() {
        return "key-" + UUID.randomUUID();
    }
}
