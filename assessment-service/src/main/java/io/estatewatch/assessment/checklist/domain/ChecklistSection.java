package io.estatewatch.assessment.checklist.domain;

import java.math.BigDecimal;
import java.util.List;

/** A section of a checklist (sanitation, fire safety and fire lanes, order and the ten disorders…). */
public record ChecklistSection(String code, String title, List<ChecklistItem> items) {

    public ChecklistSection {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public BigDecimal maximum() {
        return items.stream().map(ChecklistItem::maximum).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
