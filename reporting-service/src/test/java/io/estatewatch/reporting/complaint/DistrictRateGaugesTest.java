package io.estatewatch.reporting.complaint;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCallbackRecorded;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintResolved;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.EventFeed;
import io.estatewatch.reporting.support.Published;
import io.estatewatch.reporting.support.ReportingServiceTest;
import io.estatewatch.reporting.time.domain.Window;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The 三率 gauges the dashboard reads answer what the summary API answers for the half-year, after a fold. */
@ReportingServiceTest
class DistrictRateGaugesTest {

    @Autowired
    EventFeed feed;

    @Autowired
    Api api;

    @Autowired
    DistrictRateGauges gauges;

    @Autowired
    MeterRegistry meters;

    @Test
    void theGaugesEqualTheSummarysRatesOfTheCurrentHalfYearAfterAFold() {
        // Complaints of this half-year: received a second ago, handled at once.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(1);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Published> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = "cmp-rates-" + run + "-" + i;
            events.add(new Published(new ComplaintReceived("district-rates", id, "R-" + i, Channel.MAYOR_HOTLINE, "x",
                    ComplaintCategory.NOISE, "est-none", "南门街道", null, null, null, null, null, now), 1));
            if (i < 3) {
                events.add(new Published(new ComplaintResponded("district-rates", id, "a", now), 2));
            }
            if (i < 2) {
                events.add(new Published(new ComplaintResolved("district-rates", id, "a", now), 3));
                events.add(new Published(new ComplaintCallbackRecorded("district-rates", id,
                        i == 0 ? Satisfaction.SATISFIED : Satisfaction.DISSATISFIED, "citizen", now), 4));
            }
        }
        gauges.refresh();
        double before = rate("response");

        feed.publish(events);
        feed.awaitFolded();
        gauges.refresh();

        Window halfYear = Window.halfYear(Instant.now(), ZoneId.of("Asia/Shanghai"));
        JsonNode rates = api.get(Api.OFFICER, "/api/v1/reports/summary?from=" + halfYear.from() + "&to="
                + halfYear.to()).json().at("/complaints/rates");
        for (String rate : List.of("response", "resolution", "satisfaction")) {
            assertThat(rates.at("/" + rate).isNull()).as(rate + " in the summary").isFalse();
            assertThat(rate(rate)).as(rate + " gauge").isEqualTo(rates.at("/" + rate).asDouble());
        }
        assertThat(rate("response")).as("the response rate moved with the fold").isNotEqualTo(before);
        assertThat(meters.find(DistrictRateGauges.METER).tag("formula", "v1").gauges()).hasSize(3);
    }

    private double rate(String rate) {
        return meters.get(DistrictRateGauges.METER).tag("rate", rate).gauge().value();
    }
}
