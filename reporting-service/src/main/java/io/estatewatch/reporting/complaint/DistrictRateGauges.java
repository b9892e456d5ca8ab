package io.estatewatch.reporting.complaint;

import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.complaint.domain.ComplaintFigures;
import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.complaint.domain.Rates;
import io.estatewatch.reporting.facts.FactsStore;
import io.estatewatch.reporting.time.domain.Window;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The district's three rates (三率) of the current half-year as gauges for the operations dashboard:
 * {@code estatewatch.reporting.complaint.rate} tagged {@code rate} ({@code response}, {@code resolution},
 * {@code satisfaction}) and {@code formula} (the current one, {@code v1}). Each is what the summary API answers for
 * the half-year with no street or district filter, computed from the same projection. They are recomputed every
 * {@code estatewatch.reporting.rates-refresh} (one query of the half-year's complaints), not at each scrape. A rate
 * without a denominator reads NaN, as the API's {@code null}; a failed refresh keeps the last values.
 */
@Component
public class DistrictRateGauges {

    public static final String METER = "estatewatch.reporting.complaint.rate";
    private static final Logger log = LoggerFactory.getLogger(DistrictRateGauges.class);

    private final FactsStore facts;
    private final Reports reports;
    private final Clock clock = Clock.systemUTC();
    private final RateFormula formula = RateFormula.CURRENT;
    private final Map<String, Double> rates = new ConcurrentHashMap<>();

    public DistrictRateGauges(MeterRegistry registry, FactsStore facts, Reports reports) {
        this.facts = facts;
        this.reports = reports;
        for (String rate : new String[] {"response", "resolution", "satisfaction"}) {
            Gauge.builder(METER, rates, values -> values.getOrDefault(rate, Double.NaN))
                    .tag("rate", rate).tag("formula", formula.version())
                    .description("The district's " + rate + " rate of the complaints received in the current "
                            + "half-year, as the summary API computes it")
                    .register(registry);
        }
    }

    @Scheduled(fixedDelayString = "${estatewatch.reporting.rates-refresh:30s}")
    public void refresh() {
        try {
            Window halfYear = Window.halfYear(clock.instant(), reports.zone());
            Rates now = ComplaintFigures.rates(facts.complaints(halfYear), halfYear, formula);
            rates.put("response", value(now.response()));
            rates.put("resolution", value(now.resolution()));
            rates.put("satisfaction", value(now.satisfaction()));
        } catch (RuntimeException e) {
            log.warn("Could not compute the district's rates: {}", e.toString());
        }
    }

    private static double value(Double rate) {
        return rate == null ? Double.NaN : rate;
    }
}
