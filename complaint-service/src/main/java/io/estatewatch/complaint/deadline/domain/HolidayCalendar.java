package io.estatewatch.complaint.deadline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which days are working days (工作日): Monday to Friday, except the holidays of the years the calendar knows, plus
 * their adjusted working days (调休). A year without an arrangement counts weekdays only; {@link #missingYears}
 * says which years those are, so that an operator can be told to add the year's file.
 */
public final class HolidayCalendar {

    private final Map<Integer, HolidayYear> years;

    public HolidayCalendar(Collection<HolidayYear> years) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>();
        for (HolidayYear year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("Two holiday arrangements for " + year.year());
            }
        }
        this.years = Map.copyOf(byYear);
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayYear year = years.get(day.getYear());
        if (year != null) {
            if (year.workdays().contains(day)) {
                return true;
            }
            if (year.holidays().contains(day)) {
                return false;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code count}-th working day after {@code day} ({@code day} itself does not count). */
    public LocalDate workingDaysAfter(LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        LocalDate current = day;
        int found = 0;
        while (found < count) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                found++;
            }
        }
        return current;
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** The years the calendar knows, ascending. */
    public Set<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    /** The years from {@code from} to {@code to} (inclusive) that have no arrangement. */
    public Set<Integer> missingYears(int from, int to) {
        Set<Integer> missing = new TreeSet<>();
        for (int year = from; year <= to; year++) {
            if (!years.containsKey(year)) {
                missing.add(year);
            }
        }
        return missing;
    }
}
