package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.RenovationProjectPlanned;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.estatewatch.renovation.project.domain.Projects.NOW;
import static io.estatewatch.renovation.project.domain.Projects.PLANNED_AT;
import static io.estatewatch.renovation.project.domain.Projects.SHANGHAI;
import static io.estatewatch.renovation.project.domain.Projects.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class PlanningTest {

    @Test
    void planningPublishesTheProjectWithItsProgrammeTitleAtTheTimeItWasPlanned() {
        RenovationProject project = RenovationProject.plan(facts(new BigDecimal("30000000"), true), Map.of(), SHANGHAI, NOW);

        assertThat(project.takeEvents()).singleElement().isEqualTo(new RenovationProjectPlanned("district-1", "p-1",
                "2020", "《市区2020年老旧小区改造实施方案》", List.of("estate-1"), RenovationType.BASIC, 152_000, 1_420, 18,
                new BigDecimal("30000000.00"), true, PLANNED_AT));
        assertThat(project.milestones().currentState()).isEqualTo("PLANNED");
    }

    @Test
    void everyInvalidFieldOfAPlanIsNamedAtOnce() {
        assertThatThrownBy(() -> new ProjectFacts("p", "d", "2020", "t", Arrays.asList("e-1", "e-1", " "), null,
                0, 0, -1, null, false, null))
                .asInstanceOf(type(InvalidInputException.class))
                .extracting(InvalidInputException::problems)
                .satisfies(problems -> assertThat(problems).extracting(FieldProblem::field).containsExactly(
                        "estateIds[1]", "estateIds[2]", "type", "floorAreaM2", "households", "buildings", "plannedAt"));
    }

    @Test
    void aProjectNamesAtLeastOneEstate() {
        assertThatThrownBy(() -> new ProjectFacts("p", "d", "2020", "t", List.of(), RenovationType.BASIC,
                1, 1, 1, null, false, PLANNED_AT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid");
    }

    @Test
    void aProjectPlannedInTheFutureIsRefused() {
        ProjectFacts facts = new ProjectFacts("p", "d", "2020", "t", List.of("e"), RenovationType.IMPROVEMENT,
                1, 1, 1, null, false, NOW.plusSeconds(86_400));

        assertThatThrownBy(() -> RenovationProject.plan(facts, Map.of(), SHANGHAI, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("plannedAt");
    }
}
