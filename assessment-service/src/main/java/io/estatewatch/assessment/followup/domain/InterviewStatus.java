package io.estatewatch.assessment.followup.domain;

/** An interview (约谈) is SCHEDULED, then HELD. */
public enum InterviewStatus {
    SCHEDULED,
    HELD
}
