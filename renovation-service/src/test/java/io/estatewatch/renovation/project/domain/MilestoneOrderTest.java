package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationMilestoneReached;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.estatewatch.renovation.project.domain.Projects.NOW;
import static io.estatewatch.renovation.project.domain.Projects.day;
import static io.estatewatch.renovation.project.domain.Projects.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class MilestoneOrderTest {

    private static final NoticePeriod NOTICE = new NoticePeriod(LocalDate.parse("2020-05-06"), LocalDate.parse("2020-05-15"));

    @Test
    void milestonesAreReachedOneAfterAnotherInTheirOrder() {
        RenovationProject project = planned();

        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);
        project.reach(Milestone.PUBLIC_NOTICE, day("2020-05-06"), NOTICE, NOW);
        project.reach(Milestone.PRICE_CAP_AUDIT_SUBMITTED, day("2020-06-10"), null, NOW);

        assertThat(project.milestones().currentState()).isEqualTo("PRICE_CAP_AUDIT_SUBMITTED");
        assertThat(project.milestones().next()).contains(Milestone.PRICE_CAP_APPROVED);
        assertThat(project.milestones().publicNotice()).contains(NOTICE);
        assertThat(project.takeEvents()).extracting(e -> ((RenovationMilestoneReached) e).milestone())
                .containsExactly(Milestone.PLAN_ISSUED, Milestone.PUBLIC_NOTICE, Milestone.PRICE_CAP_AUDIT_SUBMITTED);
    }

    @Test
    void skippingAMilestoneIsAConflictThatNamesTheCurrentAndTheExpectedMilestone() {
        RenovationProject project = planned();
        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);

        assertThatThrownBy(() -> project.reach(Milestone.PRICE_CAP_AUDIT_SUBMITTED, day("2020-06-10"), null, NOW))
                .asInstanceOf(type(ConflictException.class))
                .satisfies(conflict -> {
                    assertThat(conflict.properties()).containsEntry("currentState", "PLAN_ISSUED")
                            .containsEntry("expectedMilestone", "PUBLIC_NOTICE");
                    assertThat(conflict.getMessage()).contains("PLAN_ISSUED").contains("PUBLIC_NOTICE");
                });
        assertThat(project.takeEvents()).hasSize(1);
    }

    @Test
    void theFirstMilestoneOfANewProjectIsThePlanBeingIssued() {
        assertThatThrownBy(() -> planned().reach(Milestone.ACCEPTED, day("2020-11-30"), null, NOW))
                .asInstanceOf(type(ConflictException.class))
                .extracting(ConflictException::properties)
                .isEqualTo(Map.of("currentState", "PLANNED", "expectedMilestone", "PLAN_ISSUED"));
    }

    @Test
    void goingBackToAnEarlierMilestoneIsAConflict() {
        RenovationProject project = planned();
        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);
        project.reach(Milestone.PUBLIC_NOTICE, day("2020-05-06"), NOTICE, NOW);

        assertThatThrownBy(() -> project.reach(Milestone.PLAN_ISSUED, day("2020-05-07"), null, NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already reached");
    }

    @Test
    void repeatingTheSameMilestoneWithTheSameTimeChangesNothing() {
        RenovationProject project = planned();
        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);
        project.takeEvents();

        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);

        assertThat(project.takeEvents()).isEmpty();
        assertThat(project.milestones().currentState()).isEqualTo("PLAN_ISSUED");
    }

    @Test
    void afterAcceptanceNoMilestoneIsLeft() {
        RenovationProject project = planned();
        int dayOfMonth = 1;
        for (Milestone milestone : Milestone.values()) {
            project.reach(milestone, day("2020-10-%02d".formatted(dayOfMonth++)),
                    milestone == Milestone.PUBLIC_NOTICE ? NOTICE : null, NOW);
        }

        assertThat(project.milestones().next()).isEmpty();
        assertThatThrownBy(() -> project.reach(Milestone.ACCEPTED, day("2020-11-01"), null, NOW))
                .asInstanceOf(type(ConflictException.class))
                .extracting(ConflictException::properties)
                .isEqualTo(Map.of("currentState", "ACCEPTED"));
    }

    @Test
    void theNoticeMilestoneNeedsItsFirstAndLastDay() {
        RenovationProject project = planned();
        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);

        assertThatThrownBy(() -> project.reach(Milestone.PUBLIC_NOTICE, day("2020-05-06"), null, NOW))
                .asInstanceOf(type(InvalidInputException.class))
                .extracting(e -> e.problems().get(0).field()).isEqualTo("publicNotice");
        assertThatThrownBy(() -> new NoticePeriod(LocalDate.parse("2020-05-15"), LocalDate.parse("2020-05-06")))
                .asInstanceOf(type(InvalidInputException.class))
                .extracting(e -> e.problems().get(0).field()).isEqualTo("publicNotice.to");
    }

    @Test
    void aNoticePeriodOnAnotherMilestoneIsRefused() {
        assertThatThrownBy(() -> planned().reach(Milestone.PLAN_ISSUED, day("2020-04-28"), NOTICE, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("publicNotice");
    }

    @Test
    void aMilestoneCannotBeReachedBeforeThePreviousOne() {
        RenovationProject project = planned();
        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);

        assertThatThrownBy(() -> project.reach(Milestone.PUBLIC_NOTICE, day("2020-04-27"), NOTICE, NOW))
                .asInstanceOf(type(InvalidInputException.class))
                .extracting(e -> e.problems().get(0).field()).isEqualTo("at");
    }

    @Test
    void theFirstMilestoneCannotBeReachedBeforeTheProjectWasPlanned() {
        assertThatThrownBy(() -> planned().reach(Milestone.PLAN_ISSUED, day("2020-03-01"), null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("planned");
    }

    @Test
    void aMilestoneInTheFutureIsRefused() {
        assertThatThrownBy(() -> planned().reach(Milestone.PLAN_ISSUED, NOW.plusSeconds(3600), null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("future");
    }

    @Test
    void theReachedEventCarriesTheMilestonesPlannedDayAndTheTimeItReallyHappened() {
        RenovationProject project = planned(Map.of(Milestone.PLAN_ISSUED, LocalDate.parse("2020-04-30")));

        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);

        RenovationMilestoneReached reached = (RenovationMilestoneReached) project.takeEvents().get(0);
        assertThat(reached.plannedAt()).isEqualTo("2020-04-29T16:00:00Z");
        assertThat(reached.occurredAt()).isEqualTo(day("2020-04-28"));
        assertThat(reached.projectId()).isEqualTo("p-1");
        assertThat(reached.districtId()).isEqualTo("district-1");
    }
}
