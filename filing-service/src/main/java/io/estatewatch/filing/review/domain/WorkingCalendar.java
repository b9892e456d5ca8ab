package io.estatewatch.filing.review.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which days are working days (工作日): Monday to Friday, except the configured holidays, plus the weekend days on
 * which offices work (调休上班).
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    public WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    /** Weekdays only. */
    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code count}-th working day after {@code day}; {@code day} itself does not count. */
    public LocalDate workingDaysAfter(LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        LocalDate current = day;
        for (int found = 0; found < count; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                found++;
            }
        }
        return current;
    }
}
