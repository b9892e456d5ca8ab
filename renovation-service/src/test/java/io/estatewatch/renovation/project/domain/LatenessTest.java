package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static io.estatewatch.renovation.project.domain.Projects.NOW;
import static io.estatewatch.renovation.project.domain.Projects.day;
import static io.estatewatch.renovation.project.domain.Projects.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatenessTest {

    private static final Map<Milestone, LocalDate> SCHEDULE = Map.of(
            Milestone.PLAN_ISSUED, LocalDate.parse("2020-04-30"),
            Milestone.PUBLIC_NOTICE, LocalDate.parse("2020-05-15"),
            Milestone.PRICE_CAP_AUDIT_SUBMITTED, LocalDate.parse("2020-06-30"));

    @Test
    void aProjectIsOnScheduleWhileNoOpenMilestoneHasPassedItsDay() {
        RenovationProject project = planned(SCHEDULE);

        assertThat(project.behindSchedule(day("2020-04-30"))).isFalse();
        assertThat(project.lateMilestones(day("2020-04-30"))).isEmpty();
    }

    @Test
    void aProjectFallsBehindTheDayAfterAnOpenMilestoneWasPlanned() {
        RenovationProject project = planned(SCHEDULE);

        assertThat(project.behindSchedule(day("2020-05-01"))).isTrue();
        assertThat(project.lateMilestones(day("2020-05-03")))
                .singleElement()
                .isEqualTo(new LateMilestone(Milestone.PLAN_ISSUED, LocalDate.parse("2020-04-30"), null, 3));
    }

    @Test
    void theDayIsCountedInTheDistrictsZone() {
        RenovationProject project = planned(SCHEDULE);
        // 23:30 in Shanghai on the planned day is still the planned day, though UTC has moved on to the next.
        Instant lateEvening = Instant.parse("2020-04-30T15:30:00Z");

        project.reach(Milestone.PLAN_ISSUED, lateEvening, null, NOW);

        assertThat(project.lateMilestones(day("2020-05-10"))).isEmpty();
    }

    @Test
    void reachingTheOverdueMilestoneBringsTheProjectBackOnScheduleButItStaysListedAsLate() {
        RenovationProject project = planned(SCHEDULE);

        project.reach(Milestone.PLAN_ISSUED, day("2020-05-04"), null, NOW);

        assertThat(project.behindSchedule(day("2020-05-10"))).isFalse();
        assertThat(project.lateMilestones(day("2020-05-10"))).singleElement()
                .isEqualTo(new LateMilestone(Milestone.PLAN_ISSUED, LocalDate.parse("2020-04-30"), day("2020-05-04"), 4));
    }

    @Test
    void aLaterMilestonePassingItsDayMakesTheProjectLateEvenIfAnEarlierOneIsStillDue() {
        RenovationProject project = planned(Map.of(Milestone.PRICE_CAP_AUDIT_SUBMITTED, LocalDate.parse("2020-06-30")));

        assertThat(project.milestones().earliestOpenDue()).contains(LocalDate.parse("2020-06-30"));
        assertThat(project.behindSchedule(day("2020-07-01"))).isTrue();
    }

    @Test
    void aProjectWithoutPlannedDaysIsNeverLate() {
        assertThat(planned().behindSchedule(day("2030-01-01"))).isFalse();
    }

    @Test
    void plannedDaysMustFollowTheMilestoneOrder() {
        RenovationProject project = planned(SCHEDULE);

        assertThatThrownBy(() -> project.schedule(Map.of(Milestone.TENDERED, LocalDate.parse("2020-06-01"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("schedule")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field()).containsExactly("schedule.TENDERED"));
        assertThat(project.milestones().dueOn()).doesNotContainKey(Milestone.TENDERED);
    }

    @Test
    void noMilestoneIsPlannedBeforeTheProjectItself() {
        assertThatThrownBy(() -> planned(Map.of(Milestone.PLAN_ISSUED, LocalDate.parse("2020-03-01"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("schedule");
    }

    @Test
    void anOpenMilestoneCanBeRescheduledButAReachedOneCannot() {
        RenovationProject project = planned(SCHEDULE);
        project.reach(Milestone.PLAN_ISSUED, day("2020-04-28"), null, NOW);

        project.schedule(Map.of(Milestone.PUBLIC_NOTICE, LocalDate.parse("2020-05-20")));

        assertThat(project.milestones().dueOn()).containsEntry(Milestone.PUBLIC_NOTICE, LocalDate.parse("2020-05-20"));
        assertThatThrownBy(() -> project.schedule(Map.of(Milestone.PLAN_ISSUED, LocalDate.parse("2020-05-01"))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already reached");
    }
}
