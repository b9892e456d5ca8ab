package io.estatewatch.assessment.checklist.domain;

import java.math.BigDecimal;
import java.util.List;

/** An item's score in an estate's scorecard, with what the inspector noted. */
public record ItemScore(String code, BigDecimal score, BigDecimal maximum, List<ItemMark.Deduction> deductions,
                        String note, List<Photo> photos) {

    public ItemScore {
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** An item fails when it lost points: it goes on the estate's rectification order. */
    public boolean failed() {
        return score.compareTo(maximum) < 0;
    }
}
