package io.estatewatch.assessment.disorder.domain;

/** A case is OPEN at its current step until it is CLOSED (cleared). */
public enum DisorderCaseStatus {
    OPEN,
    CLOSED
}
