package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;

import java.time.Instant;

/** Another filing of the same estate, as the cross-filing rules look at it. */
public record PriorFiling(String id, FilingType type, FilingStatus status, Instant submittedAt) {
}
