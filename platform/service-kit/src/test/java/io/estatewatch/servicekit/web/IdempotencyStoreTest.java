package io.estatewatch.servicekit.web;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.estatewatch.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The store behind {@code Idempotency-Key}, on the testkit's MongoDB, with a clock the test moves. */
class IdempotencyStoreTest {

    private static final Duration TTL = Duration.ofHours(24);
    private static final Duration IN_PROGRESS_TIMEOUT = Duration.ofMinutes(5);
    private static final byte[] BODY = "{\"id\":\"s-1\"}".getBytes();

    private static MongoClient client;
    private static MongoTemplate mongo;

    private final MovableClock clock = new MovableClock(Instant.parse("2022-03-01T01:30:00Z"));
    private final IdempotencyStore store = new IdempotencyStore(mongo, TTL, IN_PROGRESS_TIMEOUT, clock);
    private final String id = "key-" + UUID.randomUUID() + " POST /api/v1/samples";

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.get().mongoUri());
        mongo = new MongoTemplate(client, "idempotency-store-test");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theFirstRequestAcquiresTheKeyAndASecondSeesItInProgress() {
        assertThat(begin("fp-1")).isInstanceOf(IdempotencyStore.Acquired.class);

        assertThat(begin("fp-1")).isInstanceOf(IdempotencyStore.InProgress.class);
    }

    @Test
    void aCompletedRequestIsReplayedWithItsStatusTypeLocationAndBody() {
        IdempotencyStore.Acquired claim = (IdempotencyStore.Acquired) begin("fp-1");
        assertThat(store.complete(claim, new IdempotencyStore.StoredResponse(201, "application/json", BODY, "/api/v1/samples/s-1")))
                .isTrue();

        IdempotencyStore.Claim retry = begin("fp-1");

        assertThat(retry).isInstanceOfSatisfying(IdempotencyStore.Replay.class, replay -> {
            assertThat(replay.response().status()).isEqualTo(201);
            assertThat(replay.response().contentType()).isEqualTo("application/json");
            assertThat(replay.response().location()).isEqualTo("/api/v1/samples/s-1");
            assertThat(replay.response().body()).isEqualTo(BODY);
        });
    }

    @Test
    void aReleasedKeyCanBeAcquiredAgain() {
        store.release((IdempotencyStore.Acquired) begin("fp-1"));

        assertThat(begin("fp-1")).isInstanceOf(IdempotencyStore.Acquired.class);
    }

    @Test
    void anotherFingerprintUnderTheSameKeyIsAMismatch() {
        begin("fp-1");

        assertThat(begin("fp-2")).isInstanceOf(IdempotencyStore.Mismatch.class);
    }

    @Test
    void aFirstRequestThatDiedIsTakenOverAfterTheInProgressTimeoutAndLosesItsClaim() {
        IdempotencyStore.Acquired dead = (IdempotencyStore.Acquired) begin("fp-1");
        clock.advance(IN_PROGRESS_TIMEOUT.minusSeconds(1));
        assertThat(begin("fp-1")).isInstanceOf(IdempotencyStore.InProgress.class);

        clock.advance(Duration.ofSeconds(2));
        IdempotencyStore.Claim takeover = begin("fp-1");

        assertThat(takeover).isInstanceOf(IdempotencyStore.Acquired.class);
        assertThat(store.complete(dead, new IdempotencyStore.StoredResponse(201, null, BODY, null))).isFalse();
        assertThat(store.complete((IdempotencyStore.Acquired) takeover, new IdempotencyStore.StoredResponse(201, null, BODY, null)))
                .isTrue();
    }

    @Test
    void anExpiredEntryIsIgnoredSoTheKeyMayBeUsedForANewRequest() {
        IdempotencyStore.Acquired claim = (IdempotencyStore.Acquired) begin("fp-1");
        store.complete(claim, new IdempotencyStore.StoredResponse(201, null, BODY, null));

        clock.advance(TTL.plusMinutes(1));

        assertThat(begin("fp-2")).isInstanceOf(IdempotencyStore.Acquired.class);
    }

    @Test
    void expiredEntriesArePurgedEvenWhereTheTtlIndexIsNotEnforced() {
        String old = "key-" + UUID.randomUUID() + " POST /api/v1/samples";
        store.begin(old, "k", "POST", "/api/v1/samples", "fp-1");

        clock.advance(TTL.plusHours(1));
        begin("fp-1");

        assertThat(mongo.findById(old, org.bson.Document.class, IdempotencyStore.COLLECTION)).isNull();
    }

    private IdempotencyStore.Claim begin(String fingerprint) {
        return store.begin(id, "k", "POST", "/api/v1/samples", fingerprint);
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
