package io.estatewatch.reporting.assessment.domain;

import io.estatewatch.events.assessment.SupplyUnit;

import java.math.BigDecimal;
import java.time.Instant;

/** Epidemic supplies handed to a property company. */
public record SupplyRow(String id, String districtId, String companyId, String item, SupplyUnit unit,
                        BigDecimal quantity, Instant at) {
}
