package io.estatewatch.assessment.checklist.domain;

import java.math.BigDecimal;

/** A fault an inspector may find on an item and the points each occurrence costs (e.g. "litter on the ground: 0.5"). */
public record DeductionRule(String code, String description, BigDecimal points) {
}
