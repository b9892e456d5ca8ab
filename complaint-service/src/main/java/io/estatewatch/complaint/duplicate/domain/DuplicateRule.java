package io.estatewatch.complaint.duplicate.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a new complaint probably repeats an open one (跨渠道重复投诉): the same citizen (keyed phone hash), the same
 * estate and the same category, received within the window of each other (default 7 days). Staff confirm it by a
 * merge; until then both count as received.
 */
public record DuplicateRule(Duration window) {

    public DuplicateRule {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The duplicate window must be positive, was " + window);
        }
    }

    /**
     * An open complaint with the same phone hash, estate and category, as the store found it.
     *
     * @param probableDuplicateOf what it was itself flagged as repeating, or null
     */
    public record Candidate(String id, Instant receivedAt, String probableDuplicateOf) {
    }

    /** The earliest receipt the window reaches back to. */
    public Instant from(Instant receivedAt) {
        return receivedAt.minus(window);
    }

    /** The latest receipt the window reaches to (a back-dated push may predate complaints already in). */
    public Instant to(Instant receivedAt) {
        return receivedAt.plus(window);
    }

    /**
     * The complaint a new one received at {@code receivedAt} probably repeats: among the open candidates within the
     * window, the earliest original (one not itself flagged), else the earliest; empty when there is none.
     */
    public Optional<String> originalOf(Instant receivedAt, List<Candidate> candidates) {
        List<Candidate> inWindow = candidates.stream()
                .filter(c -> !c.receivedAt().isBefore(from(receivedAt)) && !c.receivedAt().isAfter(to(receivedAt)))
                .sorted(Comparator.comparing(Candidate::receivedAt).thenComparing(Candidate::id))
                .toList();
        return inWindow.stream().filter(c -> c.probableDuplicateOf() == null).findFirst()
                .or(() -> inWindow.stream().findFirst())
                .map(Candidate::id);
    }
}
