package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.reporting.support.Rows;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.estatewatch.reporting.support.Rows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateFormulaTest {

    @Test
    void v1CountsMergedComplaintsInNoDenominatorAndTakesEachComplaintsLatestRating() {
        List<ComplaintRow> rows = new ArrayList<>();
        rows.add(Rows.complaint("a", Channel.MAYOR_HOTLINE, "2022-03-01T09:00").responded("2022-03-01T10:00")
                .resolved("2022-03-02T10:00").rated(Satisfaction.SATISFIED, "2022-03-03T10:00")
                .closed("2022-03-03T10:00").row());
        rows.add(Rows.complaint("b", Channel.MAYOR_HOTLINE, "2022-03-01T09:00").responded("2022-03-01T10:00")
                .resolved("2022-03-02T10:00").rated(Satisfaction.DISSATISFIED, "2022-03-03T10:00")
                .reopened("2022-03-03T10:00").row());
        rows.add(Rows.complaint("c", Channel.MAYOR_HOTLINE, "2022-03-01T09:00").responded("2022-03-01T10:00")
                .resolved("2022-03-02T10:00").rated(Satisfaction.BASICALLY_SATISFIED, "2022-03-03T10:00")
                .closed("2022-03-03T10:00").row());
        rows.add(Rows.complaint("d", Channel.MAYOR_HOTLINE, "2022-03-01T09:00").row());
        rows.add(Rows.complaint("e", Channel.MAYOR_HOTLINE, "2022-03-01T09:00").merged("2022-03-01T11:00").row());

        Rates rates = RateFormula.of("v1").rates(rows, at("2022-04-01T00:00"));

        assertThat(rates.considered()).isEqualTo(4);
        assertThat(rates.response()).isEqualTo(0.75);
        assertThat(rates.resolution()).isEqualTo(0.5);
        assertThat(rates.satisfaction()).isEqualTo(0.6667);
        assertThat(rates.formula()).isEqualTo("v1");
    }

    @Test
    void beforeAnythingHappenedThereIsNoRateRatherThanAZeroOne() {
        Rates rates = RateFormula.CURRENT.rates(List.of(Rows.complaint("a", Channel.VISIT_CALL, "2022-03-01T09:00")
                .row()), at("2022-02-01T00:00"));

        assertThat(rates.response()).isNull();
        assertThat(rates.resolution()).isNull();
        assertThat(rates.satisfaction()).isNull();
    }

    @Test
    void anUnknownVersionIsRefusedAndNoneMeansTheCurrentOne() {
        assertThat(RateFormula.of(null)).isSameAs(RateFormula.CURRENT);
        assertThat(RateFormula.of("V1").version()).isEqualTo("v1");
        assertThatThrownBy(() -> RateFormula.of("v9")).isInstanceOf(InvalidInputException.class);
    }
}
