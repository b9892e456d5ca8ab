package io.estatewatch.assessment.followup.domain;

/**
 * ORDERED until a re-inspection (回头看): VERIFIED when every item is rectified (final), ESCALATED when not (a new
 * deadline, and another re-inspection to come).
 */
public enum RectificationStatus {
    ORDERED,
    VERIFIED,
    ESCALATED
}
