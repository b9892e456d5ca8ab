package io.estatewatch.assessment.round.domain;

/** A round takes scores while OPEN; once PUBLISHED its results are public and final. */
public enum RoundStatus {
    OPEN,
    PUBLISHED
}
