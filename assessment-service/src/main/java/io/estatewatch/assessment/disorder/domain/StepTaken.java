package io.estatewatch.assessment.disorder.domain;

import io.estatewatch.events.assessment.DisorderStep;

import java.time.Instant;

/** A step of a case's ladder, dated, with who recorded it and what was done. */
public record StepTaken(DisorderStep step, Instant at, String by, String note) {
}
