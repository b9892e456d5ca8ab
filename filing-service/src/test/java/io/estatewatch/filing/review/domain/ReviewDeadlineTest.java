package io.estatewatch.filing.review.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewDeadlineTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The 2022 Spring Festival: 31 January to 6 February off, 29 and 30 January worked. */
    static WorkingCalendar springFestival2022() {
        List<LocalDate> holidays = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2022, 1, 31); !day.isAfter(LocalDate.of(2022, 2, 6)); day = day.plusDays(1)) {
            holidays.add(day);
        }
        return new WorkingCalendar(holidays, List.of(LocalDate.of(2022, 1, 29), LocalDate.of(2022, 1, 30)));
    }

    @Test
    void twentyWorkingDaysAreFourWeeksWithoutHolidays() {
        ReviewDeadline deadline = new ReviewDeadline(WorkingCalendar.weekdays(), 20, SHANGHAI);

        // Tuesday 1 March 2022 → 20 working days later is Tuesday 29 March.
        assertThat(deadline.dueOn(Instant.parse("2022-03-01T01:30:00Z"))).isEqualTo(LocalDate.of(2022, 3, 29));
    }

    @Test
    void theReviewIsOverdueFromMidnightAfterTheLastDayInTheDistrictsZone() {
        ReviewDeadline deadline = new ReviewDeadline(WorkingCalendar.weekdays(), 20, SHANGHAI);

        assertThat(deadline.dueAt(Instant.parse("2022-03-01T01:30:00Z")))
                .isEqualTo(Instant.parse("2022-03-29T16:00:00Z"));
    }

    @Test
    void theDayIsTakenInTheDistrictsZoneNotUtc() {
        ReviewDeadline deadline = new ReviewDeadline(WorkingCalendar.weekdays(), 1, SHANGHAI);

        // 23:30 UTC on Monday is already Tuesday in Shanghai: the one working day is Wednesday.
        assertThat(deadline.dueOn(Instant.parse("2022-02-28T23:30:00Z"))).isEqualTo(LocalDate.of(2022, 3, 2));
    }

    @Test
    void holidaysAreSkippedAndAdjustedWeekendWorkdaysCount() {
        ReviewDeadline deadline = new ReviewDeadline(springFestival2022(), 3, SHANGHAI);

        // Friday 28 January: Saturday 29 and Sunday 30 are worked, then the festival until Sunday 6 February.
        assertThat(deadline.dueOn(Instant.parse("2022-01-28T02:00:00Z"))).isEqualTo(LocalDate.of(2022, 2, 7));
    }

    @Test
    void aReviewTakesAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> new ReviewDeadline(WorkingCalendar.weekdays(), 0, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
