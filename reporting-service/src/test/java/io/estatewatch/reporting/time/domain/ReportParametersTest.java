package io.estatewatch.reporting.time.domain;

import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportParametersTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void aPeriodRunsFromMidnightOfItsFirstDayToMidnightAfterItsLastInTheDistrictsZone() {
        Window window = ReportParameters.window("2022-01-01", "2022-06-30", null, ZONE, NOW);

        assertThat(window.start()).isEqualTo(Instant.parse("2021-12-31T16:00:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2022-06-30T16:00:00Z"));
        assertThat(window.counts(Instant.parse("2021-12-31T16:00:00Z"))).isTrue();
        assertThat(window.counts(Instant.parse("2021-12-31T15:59:59Z"))).isFalse();
        assertThat(window.counts(Instant.parse("2022-06-30T15:59:59.999Z"))).isTrue();
        assertThat(window.counts(Instant.parse("2022-06-30T16:00:00Z"))).isFalse();
        assertThat(window.asOfGiven()).isFalse();
    }

    @Test
    void asOfADateMeansTheEndOfThatDay() {
        Window window = ReportParameters.window("2022-01-01", "2022-06-30", "2022-03-31", ZONE, NOW);

        assertThat(window.asOf()).isEqualTo(Instant.parse("2022-03-31T15:59:59.999Z"));
        assertThat(window.counts(Instant.parse("2022-03-31T15:59:59.999Z"))).isTrue();
        assertThat(window.counts(Instant.parse("2022-03-31T16:00:00Z"))).isFalse();
        assertThat(window.asOfInZone().toString()).isEqualTo("2022-03-31T23:59:59.999+08:00");
    }

    @Test
    void asOfTakesInstantsOffsetsAndLocalTimesInTheDistrictsZone() {
        assertThat(ReportParameters.window("2022-01-01", "2022-01-31", "2022-01-10T08:00:00+08:00", ZONE, NOW)
                .asOf()).isEqualTo(Instant.parse("2022-01-10T00:00:00Z"));
        assertThat(ReportParameters.window("2022-01-01", "2022-01-31", "2022-01-10T00:00:00Z", ZONE, NOW)
                .asOf()).isEqualTo(Instant.parse("2022-01-10T00:00:00Z"));
        assertThat(ReportParameters.window("2022-01-01", "2022-01-31", "2022-01-10T08:00", ZONE, NOW)
                .asOf()).isEqualTo(Instant.parse("2022-01-10T00:00:00Z"));
    }

    @Test
    void unreadableParametersNameTheParameter() {
        assertThatThrownBy(() -> ReportParameters.window("2022-02-30", "2022-03-01", null, ZONE, NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("from"));
        assertThatThrownBy(() -> ReportParameters.window("2022-02-01", "2022-01-01", null, ZONE, NOW))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> ReportParameters.window("2022-02-01", "2022-03-01", "soon", ZONE, NOW))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("asOf"));
        assertThatThrownBy(() -> ReportParameters.granularity("fortnight"))
                .hasMessageContaining("day, month, quarter, half, year, period");
    }

    @Test
    void bucketsAreNamedInTheDistrictsCalendar() {
        Window window = ReportParameters.window("2022-01-01", "2022-12-31", null, ZONE, NOW);
        Instant newYearsEveInShanghai = Instant.parse("2022-03-31T16:30:00Z");

        assertThat(Granularity.DAY.bucket(newYearsEveInShanghai, window)).isEqualTo("2022-04-01");
        assertThat(Granularity.MONTH.bucket(newYearsEveInShanghai, window)).isEqualTo("2022-04");
        assertThat(Granularity.QUARTER.bucket(newYearsEveInShanghai, window)).isEqualTo("2022-Q2");
        assertThat(Granularity.HALF.bucket(newYearsEveInShanghai, window)).isEqualTo("2022-H1");
        assertThat(Granularity.YEAR.bucket(newYearsEveInShanghai, window)).isEqualTo("2022");
        assertThat(Granularity.PERIOD.bucket(newYearsEveInShanghai, window)).isEqualTo("2022-01-01..2022-12-31");
    }
}
