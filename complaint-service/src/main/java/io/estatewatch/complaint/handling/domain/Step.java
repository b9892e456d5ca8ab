package io.estatewatch.complaint.handling.domain;

import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a complaint's history: who did what and when.
 *
 * @param at           when it happened (back-entered steps carry the real time)
 * @param by           who did it: the caller's username, or {@value Complaint#ROUTING} for automatic dispatch and
 *                     {@value Complaint#DEADLINE_WATCH} for a deadline the scheduler found missed
 * @param recordedAt   when it was entered
 * @param note         the response note, the resolution result or the urging note, if any
 * @param satisfaction the rating, for a callback
 * @param assignee     the new assignee, for an assignment
 * @param mergedInto   the surviving complaint, for a merge
 * @param deadline     which deadline, for a missed one
 */
public record Step(StepKind kind, Instant at, String by, Instant recordedAt, String note, Satisfaction satisfaction,
                   Assignee assignee, String mergedInto, DeadlineKind deadline) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    static Step of(StepKind kind, Instant at, String by, Instant recordedAt) {
        return new Step(kind, at, by, recordedAt, null, null, null, null, null);
    }

    Step withNote(String text) {
        return new Step(kind, at, by, recordedAt, text, satisfaction, assignee, mergedInto, deadline);
    }

    Step withSatisfaction(Satisfaction rating) {
        return new Step(kind, at, by, recordedAt, note, rating, assignee, mergedInto, deadline);
    }

    Step withAssignee(Assignee to) {
        return new Step(kind, at, by, recordedAt, note, satisfaction, to, mergedInto, deadline);
    }

    Step withMergedInto(String target) {
        return new Step(kind, at, by, recordedAt, note, satisfaction, assignee, target, deadline);
    }

    Step withDeadline(DeadlineKind kind) {
        return new Step(this.kind, at, by, recordedAt, note, satisfaction, assignee, mergedInto, kind);
    }
}
