package io.estatewatch.assessment.checklist.domain;

import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistTest {

    static final Instant NOW = Instant.parse("2022-01-01T00:00:00Z");

    @Test
    void theDefaultChecklistIsVersionOneOfSixteenItemsWorthAHundredPoints() {
        Checklist checklist = DefaultChecklist.civilisedCity(NOW);

        assertThat(checklist.id()).isEqualTo("civilised-city-v1");
        assertThat(checklist.items()).hasSize(16);
        assertThat(checklist.items().stream().map(ChecklistItem::maximum).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(checklist.sections()).extracting(ChecklistSection::code)
                .containsExactly("SANITATION", "FIRE_SAFETY", "ORDER", "FACILITIES", "NOTICES");
    }

    @Test
    void aChecklistWhoseMaximaDoNotAddUpToAHundredIsRefused() {
        assertThatThrownBy(() -> Checklist.define("short", 1, "Short", List.of(section("A", item("A-1", "60"),
                item("A-2", "39.5"))), NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(new FieldProblem("sections", "item maxima add up to 99.5, not 100")));
    }

    @Test
    void itemCodesMustBeUniqueAcrossSections() {
        assertThatThrownBy(() -> Checklist.define("twice", 1, "Twice", List.of(section("A", item("X", "50")),
                section("B", item("X", "50"))), NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("sections[1].items[0].code"));
    }

    @Test
    void aDeductionRuleMayNotCostMoreThanItsItemIsWorth() {
        ChecklistItem item = new ChecklistItem("A-1", "Item", new BigDecimal("100"),
                List.of(new DeductionRule("R", "Rule", new BigDecimal("101"))));

        assertThatThrownBy(() -> Checklist.define("rules", 1, "Rules", List.of(section("A", item)), NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("sections[0].items[0].deductions[0].points"));
    }

    @Test
    void aCodeWithCapitalsOrSpacesIsRefused() {
        assertThatThrownBy(() -> Checklist.define("Civilised City", 1, "T", List.of(section("A", item("A", "100"))), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aVersionIdNamesItsCodeAndVersion() {
        assertThat(Checklist.parseId("civilised-city-v12")).hasValueSatisfying(entry -> {
            assertThat(entry.getKey()).isEqualTo("civilised-city");
            assertThat(entry.getValue()).isEqualTo(12);
        });
        assertThat(Checklist.parseId("civilised-city")).isEmpty();
    }

    static ChecklistSection section(String code, ChecklistItem... items) {
        return new ChecklistSection(code, code, List.of(items));
    }

    static ChecklistItem item(String code, String maximum) {
        return new ChecklistItem(code, code, new BigDecimal(maximum), List.of());
    }
}
