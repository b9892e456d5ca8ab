package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.RenovationFundingAllocated;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.estatewatch.renovation.project.domain.Projects.NOW;
import static io.estatewatch.renovation.project.domain.Projects.SHANGHAI;
import static io.estatewatch.renovation.project.domain.Projects.day;
import static io.estatewatch.renovation.project.domain.Projects.facts;
import static io.estatewatch.renovation.project.domain.Projects.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class FundingTotalsTest {

    @Test
    void allocationsAddUpPerSourceAndInTotal() {
        RenovationProject project = planned();

        project.allocate(FundingSource.CENTRAL_SUBSIDY, new BigDecimal("12000000"), day("2020-06-01"), NOW);
        project.allocate(FundingSource.DISTRICT, new BigDecimal("8000000.50"), day("2020-06-02"), NOW);
        project.allocate(FundingSource.CENTRAL_SUBSIDY, new BigDecimal("3000000"), day("2020-07-01"), NOW);

        assertThat(project.funding().total()).isEqualByComparingTo("23000000.50");
        assertThat(project.funding().bySource()).containsExactly(
                Map.entry(FundingSource.CENTRAL_SUBSIDY, new BigDecimal("15000000.00")),
                Map.entry(FundingSource.DISTRICT, new BigDecimal("8000000.50")));
        assertThat(project.funding().remaining(project.facts().budget())).hasValueSatisfying(
                remaining -> assertThat(remaining).isEqualByComparingTo("6999999.50"));
        assertThat(project.takeEvents()).hasSize(3)
                .first().isEqualTo(new RenovationFundingAllocated("district-1", "p-1", FundingSource.CENTRAL_SUBSIDY,
                        new BigDecimal("12000000.00"), day("2020-06-01")));
    }

    @Test
    void fundingMayReachTheBudgetExactly() {
        RenovationProject project = planned();

        project.allocate(FundingSource.PROVINCIAL_MUNICIPAL, new BigDecimal("30000000"), day("2020-06-01"), NOW);

        assertThat(project.funding().remaining(project.facts().budget())).hasValueSatisfying(
                remaining -> assertThat(remaining).isZero());
    }

    @Test
    void anAllocationAboveTheBudgetIsAConflictThatSaysWhatRemains() {
        RenovationProject project = planned();
        project.allocate(FundingSource.DISTRICT, new BigDecimal("29000000"), day("2020-06-01"), NOW);
        project.takeEvents();

        assertThatThrownBy(() -> project.allocate(FundingSource.RESIDENTS, new BigDecimal("1000000.01"), day("2020-06-02"), NOW))
                .asInstanceOf(type(ConflictException.class))
                .satisfies(conflict -> {
                    assertThat(conflict.properties().get("remaining")).isEqualTo(new BigDecimal("1000000.00"));
                    assertThat(conflict.getMessage()).contains("30000000.00");
                });
        assertThat(project.funding().total()).isEqualByComparingTo("29000000");
        assertThat(project.takeEvents()).isEmpty();
    }

    @Test
    void aProjectWithoutCentralSubsidyReceivesNoCentralSubsidyMoney() {
        RenovationProject project = RenovationProject.plan(facts(new BigDecimal("30000000"), false), Map.of(), SHANGHAI, NOW);

        assertThatThrownBy(() -> project.allocate(FundingSource.CENTRAL_SUBSIDY, BigDecimal.TEN, day("2020-06-01"), NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("central fiscal subsidy");
    }

    @Test
    void withoutABudgetNothingCapsTheFunding() {
        RenovationProject project = RenovationProject.plan(facts(null, true), Map.of(), SHANGHAI, NOW);

        project.allocate(FundingSource.SOCIAL_CAPITAL, new BigDecimal("999999999"), day("2020-06-01"), NOW);

        assertThat(project.funding().remaining(null)).isEmpty();
        assertThat(project.funding().total()).isEqualByComparingTo("999999999");
    }

    @Test
    void amountsArePositiveYuanToTheFen() {
        RenovationProject project = planned();

        assertThatThrownBy(() -> project.allocate(FundingSource.DISTRICT, BigDecimal.ZERO, day("2020-06-01"), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> project.allocate(FundingSource.DISTRICT, new BigDecimal("-5"), day("2020-06-01"), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> project.allocate(FundingSource.DISTRICT, new BigDecimal("1.005"), day("2020-06-01"), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("two decimals");
        assertThat(project.funding().allocations()).isEmpty();
    }

    @Test
    void anAllocationInTheFutureIsRefused() {
        assertThatThrownBy(() -> planned().allocate(FundingSource.DISTRICT, BigDecimal.TEN, NOW.plusSeconds(86_400), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("future");
    }
}
