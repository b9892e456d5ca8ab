package io.estatewatch.complaint.deadline.domain;

import io.estatewatch.complaint.deadline.HolidayCalendarFilesAccess;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What every deadline keeps, for any day of the shipped years and any limit. */
class WorkingDayPropertiesTest {

    static final HolidayCalendar SHIPPED = HolidayCalendarFilesAccess.shipped();

    static LocalDate dayOf(int year, int dayOfYear) {
        return LocalDate.ofYearDay(year, Math.min(dayOfYear, LocalDate.ofYearDay(year, 1).lengthOfYear()));
    }

    @Property(tries = 300)
    void theDeadlineIsAWorkingDayWithExactlyNWorkingDaysAfterTheReceipt(
            @ForAll("shippedYears") int year, @ForAll @IntRange(min = 1, max = 366) int dayOfYear,
            @ForAll @IntRange(min = 1, max = 20) int days) {
        LocalDate received = dayOf(year, dayOfYear);

        LocalDate due = SHIPPED.workingDaysAfter(received, days);

        assertThat(due).isAfter(received);
        assertThat(SHIPPED.isWorkingDay(due)).isTrue();
        long workingDays = received.plusDays(1).datesUntil(due.plusDays(1)).filter(SHIPPED::isWorkingDay).count();
        assertThat(workingDays).isEqualTo(days);
    }

    @Property(tries = 200)
    void aLongerLimitNeverEndsEarlier(@ForAll("shippedYears") int year, @ForAll @IntRange(min = 1, max = 366) int dayOfYear,
                                     @ForAll @IntRange(min = 1, max = 19) int days) {
        LocalDate received = dayOf(year, dayOfYear);

        assertThat(SHIPPED.workingDaysAfter(received, days + 1)).isAfter(SHIPPED.workingDaysAfter(received, days));
    }

    @Provide
    Arbitrary<Integer> shippedYears() {
        return Arbitraries.of(2022, 2026);
    }
}
