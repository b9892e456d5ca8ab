package io.estatewatch.assessment.followup.domain;

import java.math.BigDecimal;

/** A failed checklist item to rectify: what it scored of its maximum, and whether a re-inspection found it rectified. */
public record OrderItem(String code, String title, BigDecimal score, BigDecimal maximum, boolean rectified) {

    OrderItem rectified(boolean now) {
        return new OrderItem(code, title, score, maximum, now);
    }
}
