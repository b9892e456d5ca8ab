package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.support.Rows;
import io.estatewatch.reporting.time.domain.Granularity;
import io.estatewatch.reporting.time.domain.Window;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintFiguresTest {

    Register register = new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", "co-1"),
            Rows.estate("e2", "光明小区", "东城街道", "co-2")), List.of());

    List<ComplaintRow> rows = List.of(
            Rows.complaint("a", Channel.MAYOR_HOTLINE, "2022-01-31T23:30").estate("e1").row(),
            Rows.complaint("b", Channel.MAYOR_HOTLINE, "2022-02-01T00:30").estate("e2").row(),
            Rows.complaint("c", Channel.VISIT_CALL, "2022-02-10T09:00").estate("e2").missed("2022-02-12T09:00")
                    .category(ComplaintCategory.FEES).row(),
            Rows.complaint("d", Channel.VISIT_CALL, "2022-07-01T00:00").estate("e2").row());

    @Test
    void aComplaintCountsInThePeriodOfItsReceiptAndAllCodesAreListed() {
        Window window = Rows.window("2022-01-01", "2022-06-30");
        ComplaintFigures.Totals totals = ComplaintFigures.totals(
                ComplaintFigures.inWindow(rows, register, window, Scope.everything()), window, RateFormula.CURRENT);

        assertThat(totals.total()).isEqualTo(3);
        assertThat(totals.byChannel()).containsEntry(Channel.MAYOR_HOTLINE, 2L).containsEntry(Channel.VISIT_CALL, 1L)
                .containsEntry(Channel.BUREAU_REFERRAL, 0L).hasSize(6);
        assertThat(totals.byCategory()).containsEntry(ComplaintCategory.FEES, 1L).hasSize(14);
        assertThat(totals.overdue()).isEqualTo(1);
    }

    @Test
    void theRatesOfEveryComplaintOfAWindowAreThoseOfTheTotalsWithoutAScope() {
        List<ComplaintRow> handled = List.of(
                Rows.complaint("r1", Channel.MAYOR_HOTLINE, "2022-01-05T09:00").estate("e1")
                        .responded("2022-01-05T10:00").resolved("2022-01-06T10:00")
                        .rated(Satisfaction.SATISFIED, "2022-01-07T10:00").row(),
                Rows.complaint("r2", Channel.VISIT_CALL, "2022-02-05T09:00").estate("e2")
                        .responded("2022-02-05T10:00").rated(Satisfaction.DISSATISFIED, "2022-02-07T10:00").row(),
                Rows.complaint("r3", Channel.VISIT_CALL, "2022-03-05T09:00").estate("none").row(),
                Rows.complaint("r4", Channel.VISIT_CALL, "2022-07-05T09:00").estate("e1")
                        .responded("2022-07-05T10:00").row());
        Window window = Rows.window("2022-01-01", "2022-06-30");

        Rates rates = ComplaintFigures.rates(handled, window, RateFormula.CURRENT);

        assertThat(rates).isEqualTo(ComplaintFigures.totals(
                ComplaintFigures.inWindow(handled, register, window, Scope.everything()), window,
                RateFormula.CURRENT).rates());
        assertThat(List.of(rates.response(), rates.resolution(), rates.satisfaction()))
                .containsExactly(0.6667, 0.3333, 0.5);
    }

    @Test
    void aBreakdownCutsByMonthInTheDistrictsZoneAndByStreetJoinedFromTheRegister() {
        Window window = Rows.window("2022-01-01", "2022-06-30");
        List<ComplaintFigures.Group> groups = ComplaintFigures.breakdown(
                ComplaintFigures.inWindow(rows, register, window, Scope.everything()), window, Granularity.MONTH,
                List.of(Dimension.STREET), RateFormula.CURRENT);

        assertThat(groups).extracting(g -> g.period() + " " + g.values().get(Dimension.STREET) + " " + g.totals().total())
                .containsExactly("2022-01 新华街道 1", "2022-02 东城街道 2");
    }

    @Test
    void aStreetScopeKeepsOnlyThatStreetsComplaints() {
        Window window = Rows.window("2022-01-01", "2022-06-30");

        assertThat(ComplaintFigures.inWindow(rows, register, window, new Scope(null, Set.of("东城街道"), null)))
                .extracting(c -> c.row().id()).containsExactly("b", "c");
        assertThat(ComplaintFigures.inWindow(rows, register, window, new Scope(null, null, "co-1")))
                .extracting(c -> c.row().id()).containsExactly("a");
    }
}
