package io.estatewatch.reporting.assessment.domain;

import java.time.Instant;

/** A company summoned to an interview with the street and community (约谈). */
public record InterviewRow(String id, String districtId, String roundId, String estateId, String companyId,
                           String street, Instant heldAt) {
}
