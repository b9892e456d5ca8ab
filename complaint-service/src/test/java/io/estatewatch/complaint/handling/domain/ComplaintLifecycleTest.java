package io.estatewatch.complaint.handling.domain;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintAssigned;
import io.estatewatch.events.complaint.ComplaintCallbackRecorded;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintClosed;
import io.estatewatch.events.complaint.ComplaintDeadlineMissed;
import io.estatewatch.events.complaint.ComplaintMerged;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintReopened;
import io.estatewatch.events.complaint.ComplaintResolved;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.events.complaint.ComplaintUrged;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintLifecycleTest {

    static final Instant RECEIVED = Instant.parse("2022-03-01T01:30:00Z");
    static final Instant RESPONSE_DUE = Instant.parse("2022-03-02T16:00:00Z");
    static final Instant RESOLUTION_DUE = Instant.parse("2022-03-08T16:00:00Z");
    static final Instant NOW = Instant.parse("2022-06-30T00:00:00Z");
    static final Assignee COMPANY = Assignee.company("company-1");

    static ComplaintFacts facts() {
        return new ComplaintFacts("c-1", "district-1", "TS-2022-000001", Channel.MAYOR_HOTLINE, "12345-1",
                ComplaintCategory.PARKING, "车辆乱停", "estate-1", "阳光花园", "新华街道", null, "138****5678", "hash",
                RECEIVED, RESPONSE_DUE, RESOLUTION_DUE, "hotline");
    }

    static Complaint assigned() {
        Complaint complaint = Complaint.receive(facts(), COMPANY, null, NOW);
        complaint.takeEvents();
        return complaint;
    }

    static Instant at(String time) {
        return Instant.parse(time);
    }

    @Test
    void aRoutedComplaintIsReceivedAndAssignedAtItsReceipt() {
        Complaint complaint = Complaint.receive(facts(), COMPANY, null, NOW);

        List<DomainEvent> events = complaint.takeEvents();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(events).hasExactlyElementsOfTypes(ComplaintReceived.class, ComplaintAssigned.class);
        ComplaintAssigned assigned = (ComplaintAssigned) events.get(1);
        assertThat(assigned.automatic()).isTrue();
        assertThat(assigned.assigneeType()).isEqualTo(AssigneeType.COMPANY);
        assertThat(assigned.occurredAt()).isEqualTo(RECEIVED);
        assertThat(events.get(0).occurredAt()).isEqualTo(RECEIVED);
    }

    @Test
    void aComplaintWaitingForItsEstateIsRoutedAsAtItsReceiptOnceTheEstateIsKnown() {
        ComplaintFacts unknown = new ComplaintFacts("c-1", "district-1", "TS-2022-000001", Channel.MAYOR_HOTLINE,
                "12345-1", ComplaintCategory.PARKING, "车辆乱停", "estate-1", null, null, null, null, null, RECEIVED,
                RESPONSE_DUE, RESOLUTION_DUE, "hotline");
        Complaint complaint = Complaint.receive(unknown, null, null, NOW);
        complaint.takeEvents();

        assertThat(complaint.routeOnceKnown("阳光花园", "新华街道", COMPANY, NOW)).isTrue();
        assertThat(complaint.routeOnceKnown("阳光花园", "新华街道", COMPANY, NOW)).isFalse();

        List<DomainEvent> events = complaint.takeEvents();
        assertThat(events).hasExactlyElementsOfTypes(ComplaintAssigned.class);
        assertThat(events.get(0).occurredAt()).isEqualTo(RECEIVED);
        assertThat(complaint.facts().street()).isEqualTo("新华街道");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ASSIGNED);
    }

    @Test
    void aComplaintAboutAKnownEstateIsNotRoutedLate() {
        Complaint complaint = Complaint.receive(facts(), null, null, NOW);

        assertThat(complaint.routeOnceKnown("阳光花园", "新华街道", COMPANY, NOW)).isFalse();
    }

    @Test
    void anUnroutedComplaintWaitsReceivedAndUnassigned() {
        Complaint complaint = Complaint.receive(facts(), null, null, NOW);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(complaint.assignee()).isNull();
        assertThat(complaint.takeEvents()).hasExactlyElementsOfTypes(ComplaintReceived.class);
    }

    @Test
    void theWholeMediationEmitsEveryStepAtItsOwnTime() {
        Complaint complaint = assigned();

        complaint.respond("已联系业主", at("2022-03-01T06:00:00Z"), "company.li", NOW);
        complaint.resolve("已清理车辆", at("2022-03-04T06:00:00Z"), "company.li", NOW);
        complaint.callback(Satisfaction.SATISFIED, at("2022-03-05T02:00:00Z"), "officer.wang", NOW);

        List<DomainEvent> events = complaint.takeEvents();
        assertThat(events).hasExactlyElementsOfTypes(ComplaintResponded.class, ComplaintResolved.class,
                ComplaintCallbackRecorded.class, ComplaintClosed.class);
        assertThat(events).extracting(DomainEvent::occurredAt).containsExactly(at("2022-03-01T06:00:00Z"),
                at("2022-03-04T06:00:00Z"), at("2022-03-05T02:00:00Z"), at("2022-03-05T02:00:00Z"));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.closedAt()).isEqualTo(at("2022-03-05T02:00:00Z"));
        assertThat(complaint.missed()).isEmpty();
    }

    @Test
    void aBasicallySatisfiedCallbackClosesTheComplaint() {
        Complaint complaint = resolvedOn("2022-03-04T06:00:00Z");

        complaint.callback(Satisfaction.BASICALLY_SATISFIED, null, "officer.wang", NOW);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(((ComplaintClosed) complaint.takeEvents().get(1)).satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
    }

    @Test
    void aDissatisfiedCallbackReopensTheComplaintWhichIsResolvedAgain() {
        Complaint complaint = resolvedOn("2022-03-04T06:00:00Z");

        complaint.callback(Satisfaction.DISSATISFIED, at("2022-03-05T02:00:00Z"), "officer.wang", NOW);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.REOPENED);
        complaint.resolve("再次处理", at("2022-03-07T02:00:00Z"), "company.li", NOW);
        complaint.callback(Satisfaction.SATISFIED, at("2022-03-08T02:00:00Z"), "officer.wang", NOW);

        assertThat(complaint.takeEvents()).hasExactlyElementsOfTypes(ComplaintCallbackRecorded.class,
                ComplaintReopened.class, ComplaintResolved.class, ComplaintCallbackRecorded.class, ComplaintClosed.class);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void anIllegalStepIsAConflictNamingTheCurrentState() {
        Complaint complaint = assigned();

        assertThatThrownBy(() -> complaint.resolve("done", null, "company.li", NOW))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.properties()).containsEntry("currentState", "ASSIGNED");
                    assertThat(conflict.properties().get("allowedStates")).isEqualTo(List.of("RESPONDED", "REOPENED"));
                });
        assertThatThrownBy(() -> complaint.callback(Satisfaction.SATISFIED, null, "x", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(complaint.takeEvents()).isEmpty();
    }

    @Test
    void aClosedComplaintTakesNoFurtherStep() {
        Complaint complaint = resolvedOn("2022-03-04T06:00:00Z");
        complaint.callback(Satisfaction.SATISFIED, null, "officer.wang", NOW);

        assertThatThrownBy(() -> complaint.urge("快点", null, "x", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> complaint.assign(COMPANY, null, "x", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> complaint.mergeInto("c-2", null, "x", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aStepBeforeThePreviousOneOrInTheFutureIsInvalid() {
        Complaint complaint = assigned();
        complaint.respond(null, at("2022-03-02T01:00:00Z"), "company.li", NOW);

        assertThatThrownBy(() -> complaint.resolve(null, at("2022-03-01T23:00:00Z"), "company.li", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problems()).extracting("field").containsExactly("at"));
        assertThatThrownBy(() -> complaint.resolve(null, NOW.plusSeconds(3600), "company.li", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void urgingKeepsTheStateAndCountsTheUrgings() {
        Complaint complaint = assigned();

        complaint.urge("请尽快处理", at("2022-03-01T05:00:00Z"), "officer.wang", NOW);
        complaint.urge("再次催办", at("2022-03-01T06:00:00Z"), "officer.wang", NOW);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(complaint.urgings()).isEqualTo(2);
        assertThat(complaint.takeEvents()).hasExactlyElementsOfTypes(ComplaintUrged.class, ComplaintUrged.class);
    }

    @Test
    void reassigningToTheSameAssigneeChangesNothingAndToAnotherEmitsAManualAssignment() {
        Complaint complaint = assigned();

        assertThat(complaint.assign(COMPANY, null, "officer.wang", NOW)).isFalse();
        assertThat(complaint.assign(Assignee.street("新华街道"), at("2022-03-01T02:00:00Z"), "officer.wang", NOW)).isTrue();

        List<DomainEvent> events = complaint.takeEvents();
        assertThat(events).hasSize(1);
        assertThat(((ComplaintAssigned) events.get(0)).automatic()).isFalse();
        assertThat(complaint.assignee()).isEqualTo(Assignee.street("新华街道"));
    }

    @Test
    void aLateResponseMarksTheResponseDeadlineMissedFirstAtTheDeadline() {
        Complaint complaint = assigned();

        complaint.respond(null, at("2022-03-03T02:00:00Z"), "company.li", NOW);

        List<DomainEvent> events = complaint.takeEvents();
        assertThat(events).hasExactlyElementsOfTypes(ComplaintDeadlineMissed.class, ComplaintResponded.class);
        ComplaintDeadlineMissed missed = (ComplaintDeadlineMissed) events.get(0);
        assertThat(missed.deadline()).isEqualTo(DeadlineKind.RESPONSE);
        assertThat(missed.dueAt()).isEqualTo(RESPONSE_DUE);
        assertThat(missed.occurredAt()).isEqualTo(RESPONSE_DUE);
    }

    @Test
    void aResponseInTimeMissesNothingEvenWhenEnteredMonthsLater() {
        Complaint complaint = assigned();

        complaint.respond(null, at("2022-03-02T15:59:59Z"), "company.li", NOW);

        assertThat(complaint.takeEvents()).hasExactlyElementsOfTypes(ComplaintResponded.class);
    }

    @Test
    void aDeadlineIsMarkedMissedOnlyOnce() {
        Complaint complaint = assigned();

        assertThat(complaint.judgeDeadlines(at("2022-03-03T00:00:00Z"))).isTrue();
        assertThat(complaint.judgeDeadlines(at("2022-03-04T00:00:00Z"))).isFalse();
        complaint.respond(null, at("2022-03-04T01:00:00Z"), "company.li", NOW);

        assertThat(complaint.takeEvents()).hasExactlyElementsOfTypes(ComplaintDeadlineMissed.class,
                ComplaintResponded.class);
        assertThat(complaint.missed()).containsExactly(DeadlineKind.RESPONSE);
    }

    @Test
    void anUnattendedComplaintMissesBothDeadlines() {
        Complaint complaint = assigned();

        complaint.judgeDeadlines(at("2022-03-10T00:00:00Z"));

        assertThat(complaint.takeEvents()).extracting(e -> ((ComplaintDeadlineMissed) e).deadline())
                .containsExactly(DeadlineKind.RESPONSE, DeadlineKind.RESOLUTION);
    }

    @Test
    void aMergedComplaintIsNotJudgedAnyMore() {
        Complaint complaint = assigned();

        complaint.mergeInto("c-0", at("2022-03-01T03:00:00Z"), "officer.wang", NOW);
        complaint.judgeDeadlines(at("2022-04-01T00:00:00Z"));

        List<DomainEvent> events = complaint.takeEvents();
        assertThat(events).hasExactlyElementsOfTypes(ComplaintMerged.class);
        assertThat(((ComplaintMerged) events.get(0)).intoComplaintId()).isEqualTo("c-0");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.MERGED);
    }

    @Test
    void aComplaintCannotBeMergedIntoItself() {
        assertThatThrownBy(() -> assigned().mergeInto("c-1", null, "x", NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyStepIsInTheHistoryWithWhoAndWhen() {
        Complaint complaint = resolvedOn("2022-03-04T06:00:00Z");

        assertThat(complaint.history()).extracting(Step::kind).containsExactly(StepKind.RECEIVED, StepKind.ASSIGNED,
                StepKind.RESPONDED, StepKind.RESOLVED);
        assertThat(complaint.history()).extracting(Step::by).containsExactly("hotline", Complaint.ROUTING,
                "company.li", "company.li");
        assertThat(complaint.history().get(3).note()).isEqualTo("已处理");
    }

    private static Complaint resolvedOn(String time) {
        Complaint complaint = assigned();
        complaint.respond(null, at("2022-03-01T06:00:00Z"), "company.li", NOW);
        complaint.resolve("已处理", at(time), "company.li", NOW);
        complaint.takeEvents();
        return complaint;
    }
}
