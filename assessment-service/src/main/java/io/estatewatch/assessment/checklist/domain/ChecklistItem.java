package io.estatewatch.assessment.checklist.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A weighted item of a checklist: scored from 0 to its maximum, directly or by its deduction rules. */
public record ChecklistItem(String code, String title, BigDecimal maximum, List<DeductionRule> deductions) {

    public ChecklistItem {
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }

    public Optional<DeductionRule> rule(String code) {
        return deductions.stream().filter(rule -> rule.code().equals(code)).findFirst();
    }
}
