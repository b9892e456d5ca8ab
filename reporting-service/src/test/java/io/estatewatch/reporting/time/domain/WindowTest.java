package io.estatewatch.reporting.time.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class WindowTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void theHalfYearOfAMomentIsJanuaryToJuneOrJulyToDecemberInTheDistrictsZoneLookedAtFromThatMoment() {
        Window first = Window.halfYear(Instant.parse("2026-06-30T15:59:59.999Z"), ZONE);
        Window second = Window.halfYear(Instant.parse("2026-06-30T16:00:00.000Z"), ZONE);
        Window newYear = Window.halfYear(Instant.parse("2026-12-31T16:00:00.1234Z"), ZONE);

        assertThat(first.from()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(first.to()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(second.from()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(second.to()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(newYear.from()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(newYear.asOf()).isEqualTo(Instant.parse("2026-12-31T16:00:00.123Z"));
        assertThat(newYear.asOfGiven()).isFalse();
    }
}
