package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationFundingAllocated;
import io.estatewatch.events.renovation.RenovationMilestoneReached;
import io.estatewatch.events.renovation.RenovationProjectPlanned;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An old-estate renovation project (老旧小区改造项目): planned in a programme, funded from several sources within its
 * budget, and taken through its milestones in order.
 *
 * <p>Every change records the event it publishes; {@link #takeEvents()} hands them to the outbox. Times in the past
 * are accepted (back-entry of what really happened), times in the future are not.
 */
public final class RenovationProject {

    /** How far a client's clock may run ahead of ours before its "now" counts as the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ProjectFacts facts;
    private final MilestoneTrack milestones;
    private final FundingLedger funding;
    private final ZoneId zone;
    private final List<DomainEvent> events = new ArrayList<>();

    private RenovationProject(ProjectFacts facts, MilestoneTrack milestones, FundingLedger funding, ZoneId zone) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.milestones = Objects.requireNonNull(milestones, "milestones");
        this.funding = Objects.requireNonNull(funding, "funding");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Plans a project, optionally with the planned day of some milestones.
     *
     * @param zone the district's zone, in which planned days begin and end
     */
    public static RenovationProject plan(ProjectFacts facts, Map<Milestone, LocalDate> schedule, ZoneId zone, Instant now) {
        notInTheFuture("plannedAt", facts.plannedAt(), now);
        RenovationProject project = new RenovationProject(facts, MilestoneTrack.start(), FundingLedger.empty(), zone);
        if (!schedule.isEmpty()) {
            project.milestones.schedule(schedule, project.plannedOn());
        }
        project.events.add(new RenovationProjectPlanned(facts.districtId(), facts.id(), facts.programme(),
                facts.programmeTitle(), facts.estateIds(), facts.type(), facts.floorAreaM2(), facts.households(),
                facts.buildings(), facts.budget(), facts.centralSubsidy(), facts.plannedAt()));
        return project;
    }

    public static RenovationProject restore(ProjectFacts facts, MilestoneTrack milestones, FundingLedger funding,
                                            ZoneId zone) {
        return new RenovationProject(facts, milestones, funding, zone);
    }

    /**
     * Reaches the next milestone. Reaching one out of order, or one already reached with other data, is a conflict
     * that names the current and the expected milestone; repeating the very same request changes nothing.
     */
    public void reach(Milestone milestone, Instant at, NoticePeriod publicNotice, Instant now) {
        if (milestone == null) {
            throw InvalidInputException.of("milestone", "is required");
        }
        notInTheFuture("at", at, now);
        if (milestones.reach(milestone, at, publicNotice, facts.plannedAt())) {
            events.add(new RenovationMilestoneReached(facts.districtId(), facts.id(), milestone,
                    milestones.plannedAt(milestone, zone).orElse(null), at));
        }
    }

    /** Plans the day of each given milestone; see {@link MilestoneTrack} for the rules. Publishes nothing. */
    public void schedule(Map<Milestone, LocalDate> days) {
        milestones.schedule(days, plannedOn());
    }

    /** Allocates money from one source; the total must stay within the budget. */
    public void allocate(FundingSource source, BigDecimal amount, Instant at, Instant now) {
        if (source == null) {
            throw InvalidInputException.of("source", "is required");
        }
        notInTheFuture("at", at, now);
        FundingAllocation allocation = funding.allocate(source, amount, at, facts.budget(), facts.centralSubsidy());
        events.add(new RenovationFundingAllocated(facts.districtId(), facts.id(), source, allocation.amount(), at));
    }

    /** Whether a milestone still open today was planned for an earlier day. */
    public boolean behindSchedule(Instant now) {
        return milestones.behindSchedule(LocalDate.ofInstant(now, zone));
    }

    public List<LateMilestone> lateMilestones(Instant now) {
        return milestones.lateMilestones(LocalDate.ofInstant(now, zone), zone);
    }

    /** The events recorded since the last call, oldest first; the caller stages them with the saved state. */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The day in the district's zone on which the project was planned. */
    public LocalDate plannedOn() {
        return LocalDate.ofInstant(facts.plannedAt(), zone);
    }

    public ProjectFacts facts() {
        return facts;
    }

    public MilestoneTrack milestones() {
        return milestones;
    }

    public FundingLedger funding() {
        return funding;
    }

    private static void notInTheFuture(String field, Instant at, Instant now) {
        if (at == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidInputException.of(field, "must not be in the future (it records what has happened)");
        }
    }
}
