package io.estatewatch.filing.register.domain;

import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstateEntryTest {

    static EstateEntry.Draft draft() {
        return new EstateEntry.Draft("翠苑一区", List.of("翠苑小区"), "翠苑街道", "翠苑一区社区", "文三路 1 号", 24, 1200,
                98000.0, 1995, null);
    }

    @Test
    void aCompleteDraftBecomesAnEntryWithBlanksTrimmedAndNoClosedManagementByDefault() {
        EstateEntry entry = EstateEntry.of(new EstateEntry.Draft("  翠苑一区 ", null, "翠苑街道", null, " 文三路  1 号",
                24, 1200, 98000.0, null, null), 2022);

        assertThat(entry.name()).isEqualTo("翠苑一区");
        assertThat(entry.address()).isEqualTo("文三路 1 号");
        assertThat(entry.aliases()).isEmpty();
        assertThat(entry.closedManagement()).isFalse();
        assertThat(entry.community()).isNull();
    }

    @Test
    void aliasesLoseRepetitionsBlanksAndTheNameItself() {
        EstateEntry entry = EstateEntry.of(new EstateEntry.Draft("翠苑一区", List.of("翠苑小区", " 翠苑小区", "", "翠苑一区"),
                "翠苑街道", null, "文三路 1 号", 24, 1200, 98000.0, null, false), 2022);

        assertThat(entry.aliases()).containsExactly("翠苑小区");
    }

    @Test
    void everyMissingOrOutOfRangeFieldIsNamedAtOnce() {
        EstateEntry.Draft draft = new EstateEntry.Draft(" ", null, null, null, "路", 0, -1, 0.0, 2030, null);

        assertThatThrownBy(() -> EstateEntry.of(draft, 2022))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "street", "buildings", "households", "floorAreaM2", "builtYear"));
    }

    @Test
    void anEstateBuiltThisYearIsFineButNotNextYear() {
        EstateEntry.Draft thisYear = new EstateEntry.Draft("新城", null, "街道", null, "路", 1, 1, 1.0, 2022, null);
        EstateEntry.Draft nextYear = new EstateEntry.Draft("新城", null, "街道", null, "路", 1, 1, 1.0, 2023, null);

        assertThat(EstateEntry.problems(thisYear, 2022).isEmpty()).isTrue();
        assertThat(EstateEntry.problems(nextYear, 2022).list()).extracting(FieldProblem::field).containsExactly("builtYear");
    }

    @Test
    void anEntryTurnsBackIntoTheSameDraft() {
        EstateEntry entry = EstateEntry.of(draft(), 2022);

        assertThat(EstateEntry.of(entry.toDraft(), 2022)).isEqualTo(entry);
    }
}
