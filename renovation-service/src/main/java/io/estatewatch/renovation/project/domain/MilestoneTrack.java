package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a project stands on its way through the milestones, which are reached strictly in the order of
 * {@link Milestone}, and the day each is planned for.
 *
 * <p>A milestone is late when it is reached on a later day than planned, or when its planned day has passed and it
 * is still open. Days are those of the district's zone.
 */
public final class MilestoneTrack {

    /** What a project is before its first milestone. */
    public static final String PLANNED = "PLANNED";

    private static final Milestone[] ORDER = Milestone.values();

    private final EnumMap<Milestone, Instant> reached;
    private final EnumMap<Milestone, LocalDate> dueOn;
    private NoticePeriod publicNotice;

    private MilestoneTrack(Map<Milestone, Instant> reached, Map<Milestone, LocalDate> dueOn, NoticePeriod publicNotice) {
        this.reached = new EnumMap<>(Milestone.class);
        this.reached.putAll(reached);
        this.dueOn = new EnumMap<>(Milestone.class);
        this.dueOn.putAll(dueOn);
        this.publicNotice = publicNotice;
        for (Milestone milestone : this.reached.keySet()) {
            if (milestone.ordinal() > 0 && !this.reached.containsKey(ORDER[milestone.ordinal() - 1])) {
                throw new IllegalArgumentException("Milestone " + milestone + " reached before its predecessor");
            }
        }
    }

    public static MilestoneTrack start() {
        return new MilestoneTrack(Map.of(), Map.of(), null);
    }

    public static MilestoneTrack restore(Map<Milestone, Instant> reached, Map<Milestone, LocalDate> dueOn,
                                         NoticePeriod publicNotice) {
        return new MilestoneTrack(reached, dueOn, publicNotice);
    }

    /** The last milestone reached. */
    public Optional<Milestone> current() {
        return reached.isEmpty() ? Optional.empty() : Optional.of(ORDER[reached.size() - 1]);
    }

    /** The milestone to reach next; empty once the project is accepted. */
    public Optional<Milestone> next() {
        return reached.size() < ORDER.length ? Optional.of(ORDER[reached.size()]) : Optional.empty();
    }

    /** The current milestone's code, or {@value #PLANNED} before the first. */
    public String currentState() {
        return current().map(Enum::name).orElse(PLANNED);
    }

    /**
     * Reaches {@code milestone} at {@code at}.
     *
     * @param notice    the public notice period; required for {@link Milestone#PUBLIC_NOTICE}, refused otherwise
     * @param notBefore the earliest acceptable {@code at}: when the project was planned
     * @return false when the milestone was already reached with the same data (a retried request): nothing changes
     */
    boolean reach(Milestone milestone, Instant at, NoticePeriod notice, Instant notBefore) {
        if (milestone == Milestone.PUBLIC_NOTICE && notice == null) {
            throw InvalidInputException.of("publicNotice", "is required for milestone PUBLIC_NOTICE (its first and last day)");
        }
        if (milestone != Milestone.PUBLIC_NOTICE && notice != null) {
            throw InvalidInputException.of("publicNotice", "is only taken with milestone PUBLIC_NOTICE");
        }
        if (reached.containsKey(milestone)) {
            if (reached.get(milestone).equals(at)
                    && (milestone != Milestone.PUBLIC_NOTICE || notice.equals(publicNotice))) {
                return false;
            }
            throw outOfOrder(milestone, "it was already reached at " + reached.get(milestone));
        }
        Optional<Milestone> next = next();
        if (next.isEmpty() || next.get() != milestone) {
            throw outOfOrder(milestone, "milestones are reached in order");
        }
        Instant earliest = current().map(reached::get).orElse(notBefore);
        if (at.isBefore(earliest)) {
            String after = current().map(m -> "milestone " + m + " was reached").orElse("the project was planned");
            throw InvalidInputException.of("at", "must not be before " + earliest + ", when " + after);
        }
        reached.put(milestone, at);
        if (notice != null) {
            publicNotice = notice;
        }
        return true;
    }

    private ConflictException outOfOrder(Milestone requested, String why) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("currentState", currentState());
        next().ifPresent(expected -> state.put("expectedMilestone", expected.name()));
        String expected = next().map(m -> "the next milestone is " + m).orElse("every milestone has been reached");
        return new ConflictException("Milestone " + requested + " cannot be reached now (" + why + "): the project is at "
                + currentState() + " and " + expected + ".", state);
    }

    /**
     * Sets the planned day of each given milestone; the others keep theirs. Planned days must not go backwards
     * along the milestone order, nor come before {@code plannedOn}; a milestone already reached keeps its day.
     */
    void schedule(Map<Milestone, LocalDate> days, LocalDate plannedOn) {
        EnumMap<Milestone, LocalDate> merged = new EnumMap<>(dueOn);
        for (Map.Entry<Milestone, LocalDate> day : days.entrySet()) {
            Milestone milestone = day.getKey();
            if (day.getValue() == null) {
                throw InvalidInputException.of("schedule." + milestone, "must be a date");
            }
            if (reached.containsKey(milestone) && !day.getValue().equals(dueOn.get(milestone))) {
                Map<String, Object> state = new LinkedHashMap<>();
                state.put("currentState", currentState());
                state.put("milestone", milestone.name());
                throw new ConflictException("Milestone " + milestone + " was already reached at " + reached.get(milestone)
                        + "; its planned day can no longer change.", state);
            }
            merged.put(milestone, day.getValue());
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate previous = null;
        Milestone previousMilestone = null;
        for (Map.Entry<Milestone, LocalDate> day : merged.entrySet()) {
            if (day.getValue().isBefore(plannedOn)) {
                problems.add(new FieldProblem("schedule." + day.getKey(),
                        "must not be before the day the project was planned (" + plannedOn + ")"));
            } else if (previous != null && day.getValue().isBefore(previous)) {
                problems.add(new FieldProblem("schedule." + day.getKey(),
                        "must not be before the planned day of " + previousMilestone + " (" + previous + ")"));
            }
            previous = day.getValue();
            previousMilestone = day.getKey();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The schedule is not valid: see errors for each milestone.", problems);
        }
        dueOn.clear();
        dueOn.putAll(merged);
    }

    /** The earliest planned day among the milestones not yet reached. */
    public Optional<LocalDate> earliestOpenDue() {
        return dueOn.entrySet().stream()
                .filter(day -> !reached.containsKey(day.getKey()))
                .map(Map.Entry::getValue)
                .min(LocalDate::compareTo);
    }

    /** Whether a milestone still open on {@code today} was planned for an earlier day. */
    public boolean behindSchedule(LocalDate today) {
        return earliestOpenDue().map(day -> day.isBefore(today)).orElse(false);
    }

    /** Every milestone that missed its planned day, as of {@code today}, in milestone order. */
    public List<LateMilestone> lateMilestones(LocalDate today, ZoneId zone) {
        List<LateMilestone> late = new ArrayList<>();
        dueOn.forEach((milestone, due) -> {
            Instant at = reached.get(milestone);
            LocalDate doneOn = at == null ? today : LocalDate.ofInstant(at, zone);
            if (doneOn.isAfter(due)) {
                late.add(new LateMilestone(milestone, due, at, ChronoUnit.DAYS.between(due, doneOn)));
            }
        });
        return late;
    }

    /** The planned day of {@code milestone} as an instant: its start in the district's zone. */
    public Optional<Instant> plannedAt(Milestone milestone, ZoneId zone) {
        return Optional.ofNullable(dueOn.get(milestone)).map(day -> day.atStartOfDay(zone).toInstant());
    }

    public Map<Milestone, Instant> reached() {
        return Collections.unmodifiableMap(reached);
    }

    public Map<Milestone, LocalDate> dueOn() {
        return Collections.unmodifiableMap(dueOn);
    }

    public Optional<NoticePeriod> publicNotice() {
        return Optional.ofNullable(publicNotice);
    }
}
