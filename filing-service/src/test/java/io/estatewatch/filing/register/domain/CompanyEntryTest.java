package io.estatewatch.filing.register.domain;

import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyEntryTest {

    @Test
    void aCompanyNeedsANameAndAValidCreditCodeAndNothingElse() {
        CompanyEntry entry = CompanyEntry.of(new CompanyEntry.Draft("某物业", "91110000600037341L", null, null, null));

        assertThat(entry.contact()).isNull();
        assertThat(entry.creditCode().value()).isEqualTo("91110000600037341L");
    }

    @Test
    void aBadCreditCodeAndABadPhoneAreBothNamed() {
        CompanyEntry.Draft draft = new CompanyEntry.Draft("", "91110000600037341X", "王经理", "call me", null);

        assertThatThrownBy(() -> CompanyEntry.of(draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "creditCode", "contact.phone"));
    }

    @Test
    void theSameDraftGivesTheSameEntrySoARepeatedImportChangesNothing() {
        CompanyEntry.Draft draft = new CompanyEntry.Draft("某物业", "91110000600037341L", "王经理", "0571-87654321", "一级");
        PropertyCompany company = PropertyCompany.register("c-1", "d", CompanyEntry.of(draft), EstateTest.AT);

        assertThat(company.sameEntry(CompanyEntry.of(draft))).isTrue();
        assertThat(company.sameEntry(CompanyEntry.of(new CompanyEntry.Draft("某物业", "91110000600037341L", "李经理",
                "0571-87654321", "一级")))).isFalse();
    }
}
