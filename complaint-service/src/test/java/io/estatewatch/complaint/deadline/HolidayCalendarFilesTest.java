package io.estatewatch.complaint.deadline;

import io.estatewatch.complaint.deadline.domain.HolidayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarFilesTest {

    @Test
    void theShippedFilesCoverTheReferenceYearAndTheCurrentYear() {
        HolidayCalendar calendar = HolidayCalendarFiles.load(null);

        assertThat(calendar.years()).contains(2022, 2026);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2022-10-03"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2022-10-08"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    }

    @Test
    void anOperatorAddsNextYearWithAFileInTheCalendarDirectory(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("holidays-2027.yaml"), """
                year: 2027
                source: 国务院办公厅关于2027年部分节假日安排的通知
                holidays:
                  - { name: 元旦, from: 2027-01-01, to: 2027-01-03 }
                  - 2027-05-03
                workdays: ["2027-01-09"]
                """, StandardCharsets.UTF_8);

        HolidayCalendar calendar = HolidayCalendarFiles.load(directory.toString());

        assertThat(calendar.years()).contains(2022, 2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-05-03"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
    }

    @Test
    void aFileWhoseYearDoesNotMatchItsNameStopsTheService(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("holidays-2028.yaml"), "year: 2027\nsource: x\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> HolidayCalendarFiles.load(directory.toString())).hasMessageContaining("2027");
    }

    @Test
    void aHolidayPeriodThatEndsBeforeItStartsIsMalformed() {
        String file = "year: 2027\nholidays:\n  - { from: 2027-01-03, to: 2027-01-01 }\n";

        assertThatThrownBy(() -> HolidayCalendarFiles.parse(
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "test"))
                .hasMessageContaining("malformed");
    }
}
