package io.estatewatch.local.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Days and office hours in the district (Asia/Shanghai, +08:00): the 2022 public holidays and the weekend days
 * worked in their place, as the State Council announced them. Staff work, visit and decide on working days; the
 * hotlines take calls every day.
 */
final class DistrictCalendar {

    static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            d(2022, 1, 1), d(2022, 1, 2), d(2022, 1, 3),
            d(2022, 1, 31), d(2022, 2, 1), d(2022, 2, 2), d(2022, 2, 3), d(2022, 2, 4), d(2022, 2, 5), d(2022, 2, 6),
            d(2022, 4, 3), d(2022, 4, 4), d(2022, 4, 5),
            d(2022, 4, 30), d(2022, 5, 1), d(2022, 5, 2), d(2022, 5, 3), d(2022, 5, 4),
            d(2022, 6, 3), d(2022, 6, 4), d(2022, 6, 5),
            d(2022, 9, 10), d(2022, 9, 11), d(2022, 9, 12),
            d(2022, 10, 1), d(2022, 10, 2), d(2022, 10, 3), d(2022, 10, 4), d(2022, 10, 5), d(2022, 10, 6),
            d(2022, 10, 7));
    private static final Set<LocalDate> WORKED_WEEKEND_DAYS = Set.of(
            d(2022, 1, 29), d(2022, 1, 30), d(2022, 4, 2), d(2022, 4, 24), d(2022, 5, 7), d(2022, 10, 8),
            d(2022, 10, 9));

    private static final LocalTime OFFICE_OPENS = LocalTime.of(8, 30);
    private static final int OFFICE_MINUTES = 9 * 60; // 08:30 to 17:30

    private DistrictCalendar() {
    }

    static boolean workingDay(LocalDate day) {
        if (HOLIDAYS.contains(day)) {
            return false;
        }
        if (WORKED_WEEKEND_DAYS.contains(day)) {
            return true;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** {@code day} itself when it is a working day, else the next one. */
    static LocalDate workingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!workingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The working day {@code days} working days after {@code day} (0: the day itself or the next working one). */
    static LocalDate plusWorkingDays(LocalDate day, int days) {
        LocalDate candidate = workingDayFrom(day);
        for (int i = 0; i < days; i++) {
            candidate = workingDayFrom(candidate.plusDays(1));
        }
        return candidate;
    }

    /** The working days from {@code from} to {@code to}, both included. */
    static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (workingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** A working day between the two days (both included), drawn evenly. */
    static LocalDate someWorkingDay(Random random, LocalDate from, LocalDate to) {
        List<LocalDate> days = workingDays(from, to);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no working day from " + from + " to " + to);
        }
        return days.get(random.nextInt(days.size()));
    }

    /** A moment in office hours (08:30–17:30) of {@code day}, to the minute. */
    static OffsetDateTime inOfficeHours(Random random, LocalDate day) {
        return at(day, OFFICE_OPENS.plusMinutes(random.nextInt(OFFICE_MINUTES)));
    }

    static OffsetDateTime at(LocalDate day, LocalTime time) {
        return OffsetDateTime.of(day, time, OFFSET);
    }

    static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return at(day, LocalTime.of(hour, minute));
    }

    /**
     * {@code minutes} of office time after {@code start}: the clock runs from 08:30 to 17:30 on working days only,
     * so that a company's answer "within 8 working hours" lands on a working day in office hours.
     */
    static OffsetDateTime plusOfficeMinutes(OffsetDateTime start, long minutes) {
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        if (!workingDay(day) || time.isAfter(OFFICE_OPENS.plusMinutes(OFFICE_MINUTES))) {
            day = workingDayFrom(workingDay(day) ? day.plusDays(1) : day);
            time = OFFICE_OPENS;
        } else if (time.isBefore(OFFICE_OPENS)) {
            time = OFFICE_OPENS;
        }
        long left = minutes;
        while (true) {
            long untilClose = ChronoUnit.MINUTES.between(time, OFFICE_OPENS.plusMinutes(OFFICE_MINUTES));
            if (left <= untilClose) {
                return at(day, time.plusMinutes(left));
            }
            left -= untilClose;
            day = workingDayFrom(day.plusDays(1));
            time = OFFICE_OPENS;
        }
    }

    /** The first instant after the last day of a period (its midnight in the district). */
    static OffsetDateTime endOf(LocalDate lastDay) {
        return at(lastDay.plusDays(1), LocalTime.MIDNIGHT);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
