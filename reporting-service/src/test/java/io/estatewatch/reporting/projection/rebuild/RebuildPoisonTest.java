package io.estatewatch.reporting.projection.rebuild;

import io.estatewatch.servicekit.consume.EventEnvelope;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One event whose fold always fails does not make every rebuild fail: it is skipped and counted, as the live consumer
 * dead-letters it, and every other event of its poll is folded. A store that is away is no event's fault.
 */
class RebuildPoisonTest {

    private final RebuildRun run = new RebuildRun("r1", 1, 2, Clock.systemUTC());
    private final List<EventEnvelope> batch = IntStream.range(0, 5).mapToObj(RebuildPoisonTest::event).toList();
    private final List<String> folded = new ArrayList<>();

    @Test
    void anEventWhoseFoldFailsIsSkippedAndCountedAndTheRestOfItsPollIsFoldedInOrder() {
        RebuildService.foldSkippingPoison(failingOn("e2", new DataIntegrityViolationException("refused")), run, batch);

        assertThat(folded).containsExactly("e0", "e1", "e3", "e4");
        assertThat(run.status().eventsSkipped()).isEqualTo(1);
    }

    @Test
    void aHealthyPollIsFoldedInOneGoAndNothingIsSkipped() {
        List<Integer> calls = new ArrayList<>();
        RebuildService.foldSkippingPoison((generation, events) -> {
            calls.add(events.size());
            assertThat(generation).isEqualTo(2);
            return events.size();
        }, run, batch);

        assertThat(calls).containsExactly(5);
        assertThat(run.status().eventsSkipped()).isZero();
    }

    @Test
    void aStoreThatIsAwayFailsTheRebuildAndSkipsNothing() {
        RuntimeException away = new DataAccessResourceFailureException("store away");

        assertThatThrownBy(() -> RebuildService.foldSkippingPoison((generation, events) -> {
            throw away;
        }, run, batch)).isSameAs(away);
        assertThat(run.status().eventsSkipped()).isZero();

        // The store leaves while the poll is folded one event at a time: still the store's fault, not the event's.
        assertThatThrownBy(() -> RebuildService.foldSkippingPoison(failingOn("e1", new DataIntegrityViolationException(
                "refused")).andThenAway("e3", away), run, batch)).isSameAs(away);
        assertThat(run.status().eventsSkipped()).isEqualTo(1);
    }

    /** A fold that records what it folds, one event at a time, and refuses any batch holding {@code id}. */
    private Fold failingOn(String id, RuntimeException failure) {
        return new Fold(folded, id, failure, null, null);
    }

    /** Refuses any batch holding {@code failing}; throws {@code away} when {@code awayAt} is folded alone. */
    private record Fold(List<String> folded, String failing, RuntimeException failure, String awayAt,
                        RuntimeException away) implements RebuildService.GenerationFold {

        Fold andThenAway(String at, RuntimeException outage) {
            return new Fold(folded, failing, failure, at, outage);
        }

        @Override
        public int apply(long generation, List<EventEnvelope> events) {
            if (events.size() == 1 && events.get(0).id().equals(awayAt)) {
                throw away;
            }
            if (events.stream().anyMatch(e -> e.id().equals(failing))) {
                throw failure;
            }
            events.forEach(e -> folded.add(e.id()));
            return events.size();
        }
    }

    private static EventEnvelope event(int i) {
        return new EventEnvelope("e" + i, "estatewatch.complaint.received.v1", "/complaint-service", "cmp-" + i, 1,
                Instant.parse("2022-01-01T00:00:00Z"), null, "estatewatch.complaint.events", 0, i, null);
    }
}
