package io.estatewatch.complaint.deadline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year of the State Council's holiday arrangement (国务院办公厅关于部分节假日安排的通知): the days off, and the
 * weekend days that are working days instead (调休上班).
 *
 * @param source   where the dates come from, e.g. the notice's number
 * @param holidays days off, weekends inside a holiday period included
 * @param workdays adjusted working days: Saturdays and Sundays on which offices work
 */
public record HolidayYear(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public HolidayYear {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
        for (LocalDate day : holidays) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("Holiday " + day + " is not in " + year);
            }
            if (workdays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and an adjusted working day");
            }
        }
        for (LocalDate day : workdays) {
            if (day.getYear() != year) {
                throw new IllegalArgumentException("Adjusted working day " + day + " is not in " + year);
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("Adjusted working day " + day + " is a " + day.getDayOfWeek()
                        + "; only Saturdays and Sundays are adjusted to working days");
            }
        }
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return "HolidayYear[" + year + ", " + source + ", holidays=" + new TreeSet<>(holidays) + ", workdays="
                + new TreeSet<>(workdays) + "]";
    }
}
