package io.estatewatch.filing.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of a filing's review, oldest first: its submission and each resubmission (by the applicant), each decision
 * (by the reviewer, with the reason and, for a return, the missing items).
 */
public record ReviewStep(Kind kind, String by, String reason, List<String> missingItems, Instant at) {

    public enum Kind { SUBMITTED, RESUBMITTED, RETURNED, APPROVED, REJECTED }

    public ReviewStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
    }
}
