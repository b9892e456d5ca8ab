package io.estatewatch.assessment.round.domain;

import java.time.Instant;

/**
 * What scoring below the threshold sets in motion: a rectification order with a deadline and an interview (约谈).
 * The ids are chosen when the estate is scored and stored with its scorecard, so issuing them again after a crash
 * finds them already there instead of issuing twins.
 */
public record FollowUp(String orderId, String interviewId, Instant rectificationDueAt, Instant interviewAt) {
}
