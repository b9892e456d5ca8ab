package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.Milestone;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone that missed its planned day: reached on a later day, or not reached although the day has passed.
 *
 * @param reachedAt null while the milestone is still open
 * @param daysLate  days from the planned day to the day it was reached, or to today while it is open
 */
public record LateMilestone(Milestone milestone, LocalDate dueOn, Instant reachedAt, long daysLate) {

    public boolean open() {
        return reachedAt == null;
    }
}
