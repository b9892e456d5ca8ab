package io.estatewatch.complaint.handling.domain;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.complaint.ComplaintAssigned;
import io.estatewatch.events.complaint.ComplaintCallbackRecorded;
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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A citizen's complaint and its mediation: 受理 (RECEIVED) → 派单 (ASSIGNED) → 响应 (RESPONDED) → 办理 (RESOLVED) →
 * 回访 → 办结 (CLOSED), or back to REOPENED after a dissatisfied callback, or MERGED into another complaint.
 *
 * <p>Every step records who and when; {@code at} may lie in the past (back-entry) but never before the previous step
 * nor in the future. Every step emits its event with {@code occurredAt} = the step's time. A deadline that passed
 * before its step was done is missed: the complaint emits {@link ComplaintDeadlineMissed} once per deadline, with
 * {@code occurredAt} = the deadline, as soon as it learns of it — from the first step entered after the deadline, or
 * from the deadline watch.
 */
public final class Complaint {

    /** The {@code by} of automatic dispatch at intake. */
    public static final String ROUTING = "routing";
    /** The {@code by} of a deadline found missed. */
    public static final String DEADLINE_WATCH = "deadline-watch";
    /** How far ahead of this server's clock a client's clock may run. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private ComplaintFacts facts;
    private ComplaintStatus status;
    private Assignee assignee;
    private Instant respondedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Satisfaction satisfaction;
    private final String probableDuplicateOf;
    private String mergedInto;
    private int urgings;
    private final EnumSet<DeadlineKind> missed;
    private final List<Step> history;
    private final List<DomainEvent> events = new ArrayList<>();

    private Complaint(ComplaintFacts facts, ComplaintStatus status, Assignee assignee, Instant respondedAt,
                      Instant resolvedAt, Instant closedAt, Satisfaction satisfaction, String probableDuplicateOf,
                      String mergedInto, int urgings, Collection<DeadlineKind> missed, List<Step> history) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.status = Objects.requireNonNull(status, "status");
        this.assignee = assignee;
        this.respondedAt = respondedAt;
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
        this.satisfaction = satisfaction;
        this.probableDuplicateOf = probableDuplicateOf;
        this.mergedInto = mergedInto;
        this.urgings = urgings;
        this.missed = missed.isEmpty() ? EnumSet.noneOf(DeadlineKind.class) : EnumSet.copyOf(missed);
        this.history = new ArrayList<>(history);
    }

    /**
     * Takes a complaint in (受理): RECEIVED, and ASSIGNED at once when routing found whom to dispatch it to.
     *
     * @param route               the estate's company or street office; null sends it to the triage queue
     * @param probableDuplicateOf an open complaint this one probably repeats, or null
     */
    public static Complaint receive(ComplaintFacts facts, Assignee route, String probableDuplicateOf, Instant now) {
        Complaint complaint = new Complaint(facts, ComplaintStatus.RECEIVED, null, null, null, null, null,
                probableDuplicateOf, null, 0, List.of(), List.of());
        complaint.history.add(Step.of(StepKind.RECEIVED, facts.receivedAt(), facts.receivedBy(), now));
        complaint.events.add(new ComplaintReceived(facts.districtId(), facts.id(), facts.number(), facts.channel(),
                facts.externalId(), facts.category(), facts.estateId(), facts.street(), facts.maskedPhone(),
                facts.phoneHash(), facts.responseDueAt(), facts.resolutionDueAt(), probableDuplicateOf,
                facts.receivedAt()));
        if (route != null) {
            complaint.dispatch(route, facts.receivedAt(), ROUTING, true, now);
        }
        return complaint;
    }

    /** A complaint as stored; emits nothing. */
    public static Complaint restore(ComplaintFacts facts, ComplaintStatus status, Assignee assignee, Instant respondedAt,
                                    Instant resolvedAt, Instant closedAt, Satisfaction satisfaction,
                                    String probableDuplicateOf, String mergedInto, int urgings,
                                    Collection<DeadlineKind> missed, List<Step> history) {
        return new Complaint(facts, status, assignee, respondedAt, resolvedAt, closedAt, satisfaction,
                probableDuplicateOf, mergedInto, urgings, missed, history);
    }

    /**
     * Dispatches (派单) or re-dispatches to {@code to}. The same assignee again changes nothing.
     *
     * @return whether anything changed
     */
    public boolean assign(Assignee to, Instant at, String by, Instant now) {
        Objects.requireNonNull(to, "to");
        require("assigned", ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED, ComplaintStatus.RESPONDED,
                ComplaintStatus.REOPENED);
        if (to.equals(assignee)) {
            return false;
        }
        Instant when = when(at, now);
        judgeAt(when, now);
        dispatch(to, when, by, false, now);
        return true;
    }

    /**
     * Routes a complaint that waited in the triage queue only because this service did not yet know the estate it
     * named by id (the register's events arrive a moment later than the register's ids travel): it is dispatched
     * automatically as at its receipt, as intake would have done.
     *
     * @return whether it was waiting for this estate and is now dispatched
     */
    public boolean routeOnceKnown(String estateName, String street, Assignee to, Instant now) {
        if (status != ComplaintStatus.RECEIVED || assignee != null || to == null || facts.estateId() == null
                || facts.estateName() != null) {
            return false;
        }
        facts = new ComplaintFacts(facts.id(), facts.districtId(), facts.number(), facts.channel(), facts.externalId(),
                facts.category(), facts.description(), facts.estateId(), estateName, street, facts.address(),
                facts.maskedPhone(), facts.phoneHash(), facts.receivedAt(), facts.responseDueAt(),
                facts.resolutionDueAt(), facts.receivedBy());
        dispatch(to, lastStepAt(), ROUTING, true, now);
        return true;
    }

    /** The assignee's first answer (响应). */
    public void respond(String note, Instant at, String by, Instant now) {
        require("responded to", ComplaintStatus.ASSIGNED);
        Instant when = when(at, now);
        judgeAt(when, now);
        status = ComplaintStatus.RESPONDED;
        respondedAt = when;
        history.add(Step.of(StepKind.RESPONDED, when, by, now).withNote(note));
        events.add(new ComplaintResponded(facts.districtId(), facts.id(), by, when));
    }

    /** The assignee reports the complaint handled (办理); again after a reopening. */
    public void resolve(String result, Instant at, String by, Instant now) {
        require("resolved", ComplaintStatus.RESPONDED, ComplaintStatus.REOPENED);
        Instant when = when(at, now);
        judgeAt(when, now);
        status = ComplaintStatus.RESOLVED;
        resolvedAt = when;
        history.add(Step.of(StepKind.RESOLVED, when, by, now).withNote(result));
        events.add(new ComplaintResolved(facts.districtId(), facts.id(), by, when));
    }

    /** The citizen's rating at the callback (回访): satisfied or basically satisfied closes (办结), dissatisfied reopens. */
    public void callback(Satisfaction rating, Instant at, String by, Instant now) {
        Objects.requireNonNull(rating, "rating");
        require("called back", ComplaintStatus.RESOLVED);
        Instant when = when(at, now);
        judgeAt(when, now);
        satisfaction = rating;
        history.add(Step.of(StepKind.CALLBACK, when, by, now).withSatisfaction(rating));
        events.add(new ComplaintCallbackRecorded(facts.districtId(), facts.id(), rating, by, when));
        if (rating == Satisfaction.DISSATISFIED) {
            status = ComplaintStatus.REOPENED;
            history.add(Step.of(StepKind.REOPENED, when, by, now));
            events.add(new ComplaintReopened(facts.districtId(), facts.id(), by, when));
        } else {
            status = ComplaintStatus.CLOSED;
            closedAt = when;
            history.add(Step.of(StepKind.CLOSED, when, by, now).withSatisfaction(rating));
            events.add(new ComplaintClosed(facts.districtId(), facts.id(), rating, when));
        }
    }

    /** Staff urge the assignee on (催办). */
    public void urge(String note, Instant at, String by, Instant now) {
        require("urged", ComplaintStatus.ASSIGNED, ComplaintStatus.RESPONDED, ComplaintStatus.REOPENED);
        Instant when = when(at, now);
        judgeAt(when, now);
        urgings++;
        history.add(Step.of(StepKind.URGED, when, by, now).withNote(note));
        events.add(new ComplaintUrged(facts.districtId(), facts.id(), by, when));
    }

    /**
     * Staff confirm this complaint as a duplicate of {@code target} (合并). Its deadlines are not judged any more: the
     * surviving complaint carries the case.
     */
    public void mergeInto(String target, Instant at, String by, Instant now) {
        if (target == null || target.isBlank()) {
            throw InvalidInputException.of("into", "is required");
        }
        if (target.equals(facts.id())) {
            throw InvalidInputException.of("into", "must be another complaint");
        }
        require("merged", ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED, ComplaintStatus.RESPONDED,
                ComplaintStatus.RESOLVED, ComplaintStatus.REOPENED);
        Instant when = when(at, now);
        status = ComplaintStatus.MERGED;
        mergedInto = target;
        history.add(Step.of(StepKind.MERGED, when, by, now).withMergedInto(target));
        events.add(new ComplaintMerged(facts.districtId(), facts.id(), target, by, when));
    }

    /**
     * Marks the deadlines that have passed by {@code now} with their step not done, once each.
     *
     * @return whether a deadline was found missed now
     */
    public boolean judgeDeadlines(Instant now) {
        int before = missed.size();
        judgeAt(now, now);
        return missed.size() > before;
    }

    /** The deadlines this complaint has passed by {@code moment} without their step, and not yet marked. */
    public Set<DeadlineKind> overdueAt(Instant moment) {
        EnumSet<DeadlineKind> overdue = EnumSet.noneOf(DeadlineKind.class);
        if (!status.isOpen()) {
            return overdue;
        }
        if (respondedAt == null && !missed.contains(DeadlineKind.RESPONSE) && !moment.isBefore(facts.responseDueAt())) {
            overdue.add(DeadlineKind.RESPONSE);
        }
        if (resolvedAt == null && !missed.contains(DeadlineKind.RESOLUTION)
                && !moment.isBefore(facts.resolutionDueAt())) {
            overdue.add(DeadlineKind.RESOLUTION);
        }
        return overdue;
    }

    private void judgeAt(Instant moment, Instant now) {
        for (DeadlineKind kind : overdueAt(moment)) {
            Instant due = kind == DeadlineKind.RESPONSE ? facts.responseDueAt() : facts.resolutionDueAt();
            missed.add(kind);
            history.add(Step.of(StepKind.DEADLINE_MISSED, due, DEADLINE_WATCH, now).withDeadline(kind));
            events.add(new ComplaintDeadlineMissed(facts.districtId(), facts.id(), kind, due, due));
        }
    }

    private void dispatch(Assignee to, Instant when, String by, boolean automatic, Instant now) {
        assignee = to;
        if (status == ComplaintStatus.RECEIVED) {
            status = ComplaintStatus.ASSIGNED;
        }
        history.add(Step.of(StepKind.ASSIGNED, when, by, now).withAssignee(to));
        events.add(new ComplaintAssigned(facts.districtId(), facts.id(), to.type(), to.id(), automatic, by, when));
    }

    /** The step's time: {@code at}, or now; never in the future, never before the previous step. */
    private Instant when(Instant at, Instant now) {
        Instant previous = lastStepAt();
        if (at == null) {
            return now.isBefore(previous) ? previous : now;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidInputException.of("at", "must not be in the future");
        }
        if (at.isBefore(previous)) {
            throw InvalidInputException.of("at", "must not be before the complaint's previous step (" + previous + ")");
        }
        return at;
    }

    /** The time of the latest step someone took (a missed deadline is no step). */
    public Instant lastStepAt() {
        Instant last = facts.receivedAt();
        for (Step step : history) {
            if (step.kind() != StepKind.DEADLINE_MISSED && step.at().isAfter(last)) {
                last = step.at();
            }
        }
        return last;
    }

    private void require(String action, ComplaintStatus... allowed) {
        List<ComplaintStatus> states = Arrays.asList(allowed);
        if (!states.contains(status)) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("currentState", status.name());
            properties.put("allowedStates", states.stream().map(Enum::name).toList());
            throw new ConflictException("Complaint " + facts.number() + " is " + status.name() + " and cannot be "
                    + action + " now; that needs one of " + states + ".", properties);
        }
    }

    /** The events emitted since the last call, oldest first. */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public ComplaintFacts facts() {
        return facts;
    }

    public String id() {
        return facts.id();
    }

    public ComplaintStatus status() {
        return status;
    }

    public Assignee assignee() {
        return assignee;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Satisfaction satisfaction() {
        return satisfaction;
    }

    public String probableDuplicateOf() {
        return probableDuplicateOf;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public int urgings() {
        return urgings;
    }

    public Set<DeadlineKind> missed() {
        return missed.isEmpty() ? Set.of() : EnumSet.copyOf(missed);
    }

    public List<Step> history() {
        return List.copyOf(history);
    }
}
