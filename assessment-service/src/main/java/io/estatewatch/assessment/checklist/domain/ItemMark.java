package io.estatewatch.assessment.checklist.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an inspector recorded for one item: either the score, or the faults found (the score is then the maximum less
 * their points, never below 0); a note and photos either way.
 */
public record ItemMark(String code, BigDecimal score, List<Deduction> deductions, String note, List<Photo> photos) {

    public ItemMark {
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** {@code count} occurrences of the fault {@code rule}. */
    public record Deduction(String rule, int count) {
    }
}
