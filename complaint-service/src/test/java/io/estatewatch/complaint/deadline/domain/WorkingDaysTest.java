package io.estatewatch.complaint.deadline.domain;

import io.estatewatch.complaint.deadline.HolidayCalendarFilesAccess;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final HolidayCalendar SHIPPED = HolidayCalendarFilesAccess.shipped();

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aDeadlineSkipsTheWeekend() {
        // Friday 4 March 2022 + 1 working day = Monday 7 March.
        assertThat(SHIPPED.workingDaysAfter(day("2022-03-04"), 1)).isEqualTo(day("2022-03-07"));
        assertThat(SHIPPED.workingDaysAfter(day("2022-03-04"), 5)).isEqualTo(day("2022-03-11"));
    }

    @Test
    void aDeadlineSkipsTheSpringFestivalHoliday() {
        // Sunday 30 January 2022 was worked; 31 Jan – 6 Feb is the holiday: the next working day is Monday 7 February.
        assertThat(SHIPPED.workingDaysAfter(day("2022-01-30"), 1)).isEqualTo(day("2022-02-07"));
        assertThat(SHIPPED.workingDaysAfter(day("2022-01-28"), 3)).isEqualTo(day("2022-02-07"));
    }

    @Test
    void anAdjustedSaturdayIsAWorkingDay() {
        // Saturday 29 and Sunday 30 January 2022 were working days (调休).
        assertThat(SHIPPED.isWorkingDay(day("2022-01-29"))).isTrue();
        assertThat(SHIPPED.workingDaysAfter(day("2022-01-28"), 1)).isEqualTo(day("2022-01-29"));
        assertThat(SHIPPED.workingDaysAfter(day("2022-01-27"), 3)).isEqualTo(day("2022-01-30"));
        // An ordinary Saturday is not.
        assertThat(SHIPPED.isWorkingDay(day("2022-01-22"))).isFalse();
    }

    @Test
    void aComplaintReceivedOnAHolidayCountsFromTheNextWorkingDay() {
        // Received on 1 May 2022 (劳动节, 30 Apr – 4 May); Saturday 7 May is a working day.
        assertThat(SHIPPED.workingDaysAfter(day("2022-05-01"), 1)).isEqualTo(day("2022-05-05"));
        assertThat(SHIPPED.workingDaysAfter(day("2022-05-01"), 3)).isEqualTo(day("2022-05-07"));
    }

    @Test
    void theDeadlineSkipsNationalDay2026AndItsAdjustedSaturday() {
        // Wednesday 30 September 2026: 1–7 October off, Saturday 10 October worked.
        assertThat(SHIPPED.workingDaysAfter(day("2026-09-30"), 1)).isEqualTo(day("2026-10-08"));
        assertThat(SHIPPED.workingDaysAfter(day("2026-09-30"), 3)).isEqualTo(day("2026-10-10"));
        assertThat(SHIPPED.isWorkingDay(day("2026-09-20"))).isTrue();
    }

    @Test
    void aYearWithoutItsFileCountsMondayToFriday() {
        assertThat(SHIPPED.covers(2023)).isFalse();
        // 1 January 2023 was a holiday (元旦 observed on Monday 2 Jan); without a file it counts as a weekday.
        assertThat(SHIPPED.workingDaysAfter(day("2022-12-30"), 1)).isEqualTo(day("2023-01-02"));
        assertThat(SHIPPED.missingYears(2022, 2026)).containsExactly(2023, 2024, 2025);
    }

    @Test
    void deadlinesEndAtMidnightOfTheLastWorkingDayInTheDistrictsZone() {
        DeadlinePolicy policy = new DeadlinePolicy(new TimeLimits(1, 5), List.of(), SHIPPED, SHANGHAI);

        DeadlinePolicy.Deadlines due = policy.deadlinesFor(Channel.MAYOR_HOTLINE, ComplaintCategory.PARKING,
                Instant.parse("2022-01-28T08:00:00Z"));

        // Friday 28 January 2022, 16:00 in Shanghai: Saturday 29 and Sunday 30 were worked, then the Spring Festival.
        assertThat(due.responseDueAt()).isEqualTo(Instant.parse("2022-01-29T16:00:00Z"));
        assertThat(due.resolutionDueAt()).isEqualTo(Instant.parse("2022-02-09T16:00:00Z"));
    }

    @Test
    void aReceiptLateInTheEveningCountsOnTheDistrictsCalendarDay() {
        DeadlinePolicy policy = new DeadlinePolicy(new TimeLimits(1, 5), List.of(), SHIPPED, SHANGHAI);

        // 23:30 on Friday 4 March 2022 in Shanghai is still Friday there (15:30 UTC).
        DeadlinePolicy.Deadlines due = policy.deadlinesFor(Channel.MAYOR_HOTLINE, ComplaintCategory.PARKING,
                Instant.parse("2022-03-04T15:30:00Z"));

        assertThat(due.responseDueAt()).isEqualTo(Instant.parse("2022-03-07T16:00:00Z"));
    }

    @Test
    void theMostSpecificRuleWins() {
        DeadlinePolicy policy = new DeadlinePolicy(new TimeLimits(1, 5), List.of(
                new DeadlineRule(Channel.BUREAU_REFERRAL, null, new TimeLimits(3, 15)),
                new DeadlineRule(null, ComplaintCategory.ELEVATOR, new TimeLimits(1, 3)),
                new DeadlineRule(Channel.BUREAU_REFERRAL, ComplaintCategory.ELEVATOR, new TimeLimits(2, 4))),
                SHIPPED, SHANGHAI);

        assertThat(policy.limitsFor(Channel.BUREAU_REFERRAL, ComplaintCategory.PARKING)).isEqualTo(new TimeLimits(3, 15));
        assertThat(policy.limitsFor(Channel.MAYOR_HOTLINE, ComplaintCategory.ELEVATOR)).isEqualTo(new TimeLimits(1, 3));
        assertThat(policy.limitsFor(Channel.BUREAU_REFERRAL, ComplaintCategory.ELEVATOR)).isEqualTo(new TimeLimits(2, 4));
        assertThat(policy.limitsFor(Channel.VISIT_CALL, ComplaintCategory.NOISE)).isEqualTo(new TimeLimits(1, 5));
    }

    @Test
    void anArrangementWithAWeekdayAsAdjustedWorkingDayIsRefused() {
        assertThatThrownBy(() -> new HolidayYear(2022, "x", Set.of(), Set.of(day("2022-03-02"))))
                .hasMessageContaining("only Saturdays and Sundays");
        assertThatThrownBy(() -> new HolidayYear(2022, "x", Set.of(day("2023-01-01")), Set.of()))
                .hasMessageContaining("not in 2022");
    }
}
