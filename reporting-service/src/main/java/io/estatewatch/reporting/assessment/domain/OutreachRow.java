package io.estatewatch.reporting.assessment.domain;

import io.estatewatch.events.assessment.RecipientType;

import java.time.Instant;

/** Copies of the property-management regulation handed out (宣贯). */
public record OutreachRow(String id, String districtId, RecipientType recipientType, int copies, Instant at) {
}
