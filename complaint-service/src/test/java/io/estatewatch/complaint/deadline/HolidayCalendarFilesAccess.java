package io.estatewatch.complaint.deadline;

import io.estatewatch.complaint.deadline.domain.HolidayCalendar;

/** Lets domain tests use the calendar shipped in the jar. */
public final class HolidayCalendarFilesAccess {

    private HolidayCalendarFilesAccess() {
    }

    public static HolidayCalendar shipped() {
        return HolidayCalendarFiles.load(null);
    }
}
