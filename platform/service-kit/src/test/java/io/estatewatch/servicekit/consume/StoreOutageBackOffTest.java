package io.estatewatch.servicekit.consume;

import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreOutageBackOffTest {

    /** The binding's back-off: two more tries after the first, 10 ms apart. */
    private final StoreOutageBackOff backOff = new StoreOutageBackOff(Duration.ofMillis(100), Duration.ofMillis(400),
            new FixedBackOff(10, 2));

    @Test
    void whileTheStoreIsAwayTheTriesNeverEndAndTheWaitGrowsToItsLongest() {
        BackOffExecution tries = backOff.start();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            backOff.failed(storeAway());
            waits.add(tries.nextBackOff());
        }
        assertThat(waits.subList(0, 4)).containsExactly(100L, 200L, 400L, 400L);
        assertThat(waits).doesNotContain(BackOffExecution.STOP).allMatch(wait -> wait <= 400);
    }

    @Test
    void aRecordThatFailsForItsOwnReasonAfterWaitingGetsTheBindingsTriesAndNoMore() {
        BackOffExecution tries = backOff.start();
        for (int i = 0; i < 10; i++) {
            backOff.failed(storeAway());
            tries.nextBackOff();
        }
        assertThat(next(tries, new IllegalStateException("cannot be folded"))).isEqualTo(10);
        assertThat(next(tries, new IllegalStateException("cannot be folded"))).isEqualTo(10);
        assertThat(next(tries, new IllegalStateException("cannot be folded"))).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void waitingForTheStoreUsesUpNoneOfTheBindingsTries() {
        BackOffExecution tries = backOff.start();
        assertThat(next(tries, new IllegalStateException("cannot be folded"))).isEqualTo(10);
        assertThat(next(tries, storeAway())).isEqualTo(100);
        assertThat(next(tries, storeAway())).isEqualTo(200);
        assertThat(next(tries, new IllegalStateException("cannot be folded"))).isEqualTo(10);
        assertThat(next(tries, new IllegalStateException("cannot be folded"))).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void anOutageIsRecognisedUnderTheBindersWrapper() {
        MessageHandlingException wrapped = new MessageHandlingException(MessageBuilder.withPayload(new byte[0]).build(),
                "error occurred in message handler", new MongoSocketException("reset", new ServerAddress()));
        BackOffExecution tries = backOff.start();
        for (int i = 0; i < 10; i++) {
            assertThat(next(tries, wrapped)).isNotEqualTo(BackOffExecution.STOP);
        }
    }

    @Test
    void aBackOffAskedBeforeAnyFailureIsToldWaits() {
        // The container probes a new back-off once to learn whether it retries at all: it must not read "never".
        StoreOutageBackOff noRetries = new StoreOutageBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30),
                new FixedBackOff(0, 0));
        assertThat(noRetries.start().nextBackOff()).isEqualTo(1_000);
    }

    private long next(BackOffExecution tries, Exception failure) {
        backOff.failed(failure);
        return tries.nextBackOff();
    }

    private static Exception storeAway() {
        return new DataAccessResourceFailureException("Timed out while waiting for a server");
    }
}
