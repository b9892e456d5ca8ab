package io.estatewatch.assessment.checklist.domain;

import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringAgainstTheChecklistTest {

    final Checklist checklist = DefaultChecklist.civilisedCity(Instant.parse("2022-01-01T00:00:00Z"));

    @Test
    void theTotalIsTheSumOfTheItemsAndItemsNotMarkedKeepTheirMaximum() {
        Scoresheet sheet = checklist.score(List.of(score("SAN-01", "7.5"), score("FIRE-01", "0")));

        assertThat(sheet.total()).isEqualByComparingTo("89.5");
        assertThat(sheet.total().toPlainString()).isEqualTo("89.5");
        assertThat(sheet.items()).hasSize(16);
        assertThat(sheet.failedItems()).containsExactly("SAN-01", "FIRE-01");
    }

    @Test
    void anUnmarkedChecklistScoresAFullHundredWithNothingFailed() {
        Scoresheet sheet = checklist.score(List.of());

        assertThat(sheet.total().toPlainString()).isEqualTo("100");
        assertThat(sheet.failedItems()).isEmpty();
    }

    @Test
    void deductionsCostTheirPointsPerOccurrence() {
        Scoresheet sheet = checklist.score(List.of(new ItemMark("SAN-01",
                null, List.of(new ItemMark.Deduction("LITTER", 3), new ItemMark.Deduction("STAINS", 1)), "东门垃圾", List.of())));

        assertThat(sheet.items().get(0).score()).isEqualByComparingTo("6.5");
        assertThat(sheet.items().get(0).note()).isEqualTo("东门垃圾");
        assertThat(sheet.total()).isEqualByComparingTo("96.5");
    }

    @Test
    void deductionsNeverTakeAnItemBelowZero() {
        Scoresheet sheet = checklist.score(List.of(new ItemMark("FIRE-01", null,
                List.of(new ItemMark.Deduction("BLOCKED", 5)), null, List.of())));

        assertThat(sheet.items().stream().filter(i -> i.code().equals("FIRE-01")).findFirst().orElseThrow().score())
                .isEqualByComparingTo("0");
    }

    @Test
    void aScoreAboveTheItemsMaximumIsRefusedNamingTheItem() {
        assertThatThrownBy(() -> checklist.score(List.of(score("SAN-02", "8"), score("SAN-01", "10.5"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(new FieldProblem("items[1].score",
                                "must be between 0 and 10 with at most two decimals")));
    }

    @Test
    void aNegativeScoreIsRefused() {
        assertThatThrownBy(() -> checklist.score(List.of(score("SAN-01", "-1"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unknownItemsRepeatedItemsAndUnknownRulesAreAllNamed() {
        assertThatThrownBy(() -> checklist.score(List.of(score("NOPE", "1"), score("SAN-01", "1"), score("SAN-01", "2"),
                new ItemMark("SAN-02", null, List.of(new ItemMark.Deduction("NOPE", 1)), null, List.of()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("items[0].code", "items[2].code", "items[3].deductions[0].rule"));
    }

    @Test
    void anItemNeedsAScoreOrDeductionsButNotBoth() {
        assertThatThrownBy(() -> checklist.score(List.of(new ItemMark("SAN-01", null, List.of(), null, List.of()))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> checklist.score(List.of(new ItemMark("SAN-01", BigDecimal.ONE,
                List.of(new ItemMark.Deduction("LITTER", 1)), null, List.of()))))
                .isInstanceOf(InvalidInputException.class);
    }

    static ItemMark score(String code, String score) {
        return new ItemMark(code, new BigDecimal(score), List.of(), null, List.of());
    }
}
