package io.estatewatch.reporting.register.domain;

import java.time.Instant;

/** A property-service company entered into the register. */
public record CompanyRow(String id, String districtId, String name, String creditCode, Instant registeredAt) {
}
