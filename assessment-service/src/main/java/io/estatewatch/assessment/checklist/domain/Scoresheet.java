package io.estatewatch.assessment.checklist.domain;

import java.math.BigDecimal;
import java.util.List;

/** Every item's score in checklist order and the computed total. */
public record Scoresheet(List<ItemScore> items, BigDecimal total) {

    public Scoresheet {
        items = List.copyOf(items);
    }

    public List<String> failedItems() {
        return items.stream().filter(ItemScore::failed).map(ItemScore::code).toList();
    }
}
