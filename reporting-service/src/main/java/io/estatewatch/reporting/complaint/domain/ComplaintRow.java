package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One complaint as its events describe it, each step with the time it happened, so that its state can be read as it
 * stood at any moment.
 *
 * @param street the street the complaint event named, or null (then the estate's street applies)
 */
public record ComplaintRow(String id, String districtId, Channel channel, ComplaintCategory category,
                           String estateId, String street, Instant receivedAt,
                           List<Assignment> assignments, List<Instant> responses, List<Instant> resolutions,
                           List<Callback> callbacks, List<Instant> closures, List<Instant> reopenings,
                           String mergedInto, Instant mergedAt, List<DeadlineMiss> misses, List<Instant> urges) {

    public ComplaintRow {
        assignments = sorted(assignments, Comparator.comparing(Assignment::at));
        responses = sorted(responses, Comparator.naturalOrder());
        resolutions = sorted(resolutions, Comparator.naturalOrder());
        callbacks = sorted(callbacks, Comparator.comparing(Callback::at));
        closures = sorted(closures, Comparator.naturalOrder());
        reopenings = sorted(reopenings, Comparator.naturalOrder());
        misses = sorted(misses, Comparator.comparing(DeadlineMiss::at));
        urges = sorted(urges, Comparator.naturalOrder());
    }

    public record Assignment(AssigneeType type, String assigneeId, Instant at) {
    }

    public record Callback(Satisfaction satisfaction, Instant at) {
    }

    public record DeadlineMiss(DeadlineKind kind, Instant dueAt, Instant at) {
    }

    private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
        return values == null ? List.of() : values.stream().sorted(order).toList();
    }

    /** Received by {@code moment}. */
    public boolean receivedBy(Instant moment) {
        return receivedAt != null && !receivedAt.isAfter(moment);
    }

    /** Merged into another complaint by {@code moment}. */
    public boolean mergedBy(Instant moment) {
        return mergedAt != null && !mergedAt.isAfter(moment);
    }

    /** First answered by the assignee by {@code moment}. */
    public boolean respondedBy(Instant moment) {
        return !responses.isEmpty() && !responses.get(0).isAfter(moment);
    }

    /**
     * Handled at {@code moment}: its latest resolution (or closure) by then was not undone by a reopening after it.
     */
    public boolean resolvedAt(Instant moment) {
        Instant settled = latest(resolutions, moment);
        Instant closed = latest(closures, moment);
        if (closed != null && (settled == null || closed.isAfter(settled))) {
            settled = closed;
        }
        if (settled == null) {
            return false;
        }
        Instant reopened = latest(reopenings, moment);
        return reopened == null || reopened.isBefore(settled);
    }

    /** Closed at {@code moment}: closed by then and not reopened since. */
    public boolean closedAt(Instant moment) {
        Instant closed = latest(closures, moment);
        if (closed == null) {
            return false;
        }
        Instant reopened = latest(reopenings, moment);
        return reopened == null || reopened.isBefore(closed);
    }

    /** The citizen's latest rating recorded by {@code moment}. */
    public Optional<Satisfaction> satisfactionAt(Instant moment) {
        Satisfaction latest = null;
        for (Callback callback : callbacks) {
            if (!callback.at().isAfter(moment)) {
                latest = callback.satisfaction();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** A response or resolution deadline had been missed by {@code moment}. */
    public boolean overdueBy(Instant moment) {
        return misses.stream().anyMatch(miss -> !miss.at().isAfter(moment));
    }

    /** Times the assignee was urged on by {@code moment}. */
    public long urgedBy(Instant moment) {
        return urges.stream().filter(at -> !at.isAfter(moment)).count();
    }

    /** The company the complaint was last dispatched to by {@code moment}, if it went to a company. */
    public Optional<String> assignedCompanyAt(Instant moment) {
        String company = null;
        for (Assignment assignment : assignments) {
            if (!assignment.at().isAfter(moment)) {
                company = assignment.type() == AssigneeType.COMPANY ? assignment.assigneeId() : null;
            }
        }
        return Optional.ofNullable(company);
    }

    private static Instant latest(List<Instant> times, Instant moment) {
        Instant latest = null;
        for (Instant at : times) {
            if (!at.isAfter(moment)) {
                latest = at;
            }
        }
        return latest;
    }
}
