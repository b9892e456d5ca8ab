package io.estatewatch.complaint.deadline.domain;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The response and resolution deadlines of a complaint, counted in working days from the day it was received: a
 * deadline of n working days ends with the n-th working day after the day of receipt, at midnight in the district's
 * zone. A complaint received on a holiday starts counting at the next working day all the same.
 */
public final class DeadlinePolicy {

    private final TimeLimits defaults;
    private final List<DeadlineRule> rules;
    private final HolidayCalendar calendar;
    private final ZoneId zone;

    public DeadlinePolicy(TimeLimits defaults, List<DeadlineRule> rules, HolidayCalendar calendar, ZoneId zone) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.rules = List.copyOf(rules);
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        Set<String> seen = new HashSet<>();
        for (DeadlineRule rule : rules) {
            if (!seen.add(rule.channel() + "/" + rule.category())) {
                throw new IllegalArgumentException("Two deadline rules for channel " + rule.channel() + " and category "
                        + rule.category());
            }
        }
    }

    /** The most specific rule's limits, else the defaults. */
    public TimeLimits limitsFor(Channel channel, ComplaintCategory category) {
        return rules.stream()
                .filter(rule -> rule.appliesTo(channel, category))
                .max(Comparator.comparingInt(DeadlineRule::specificity))
                .map(DeadlineRule::limits)
                .orElse(defaults);
    }

    public Deadlines deadlinesFor(Channel channel, ComplaintCategory category, Instant receivedAt) {
        TimeLimits limits = limitsFor(channel, category);
        LocalDate received = LocalDate.ofInstant(receivedAt, zone);
        return new Deadlines(endOf(calendar.workingDaysAfter(received, limits.responseDays())),
                endOf(calendar.workingDaysAfter(received, limits.resolutionDays())));
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** When the response (响应时限) and the resolution (办结时限) are due. */
    public record Deadlines(Instant responseDueAt, Instant resolutionDueAt) {
    }
}
