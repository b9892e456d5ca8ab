package io.estatewatch.reporting.summary;

import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.ReferenceData;
import io.estatewatch.reporting.support.ReferenceHalfYear;
import io.estatewatch.reporting.support.ReportingServiceTest;
import io.estatewatch.servicekit.security.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference half-year, published out of order across topics and then a second time, folded on the real broker
 * and Mongo wire protocol: the summary is exact.
 */
@ReportingServiceTest
class ReferenceSummaryTest {

    static final String PERIOD = "from=2022-01-01&to=2022-06-30";

    @Autowired
    Api api;

    @Autowired
    ReferenceData reference;

    @BeforeEach
    void loadTheReferenceHalfYear() {
        reference.ensureLoaded();
    }

    @Test
    void theSummaryOfTheReferenceHalfYearIsExactThoughEveryEventArrivedTwiceAndOutOfOrder() throws IOException {
        Api.Reply reply = api.get(Api.OFFICER, "/api/v1/reports/summary?" + PERIOD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).isEqualTo(expected("/reference-summary.json"));
    }

    @Test
    void asOfTheEndOfMarchTheSummaryShowsTheHalfYearAsItStoodThen() {
        JsonNode summary = api.get(Api.OFFICER, "/api/v1/reports/summary?" + PERIOD + "&asOf=2022-03-31").json();

        assertThat(summary.at("/complaints/total").asLong()).isEqualTo(308);
        assertThat(summary.at("/complaints/byChannel/MAYOR_HOTLINE").asLong()).isEqualTo(147);
        assertThat(summary.at("/complaints/rates/response").asDouble()).isEqualTo(0.9607);
        assertThat(summary.at("/complaints/rates/resolution").asDouble()).isEqualTo(0.823);
        assertThat(summary.at("/complaints/rates/satisfaction").asDouble()).isEqualTo(0.9407);
        assertThat(summary.at("/complaints/overdue").asLong()).isEqualTo(28);
        assertThat(summary.at("/assessment/estatesScored").asLong()).isEqualTo(12);
        assertThat(summary.at("/assessment/interviews").asLong()).isZero();
        assertThat(summary.at("/supplies/MASK").asLong()).isEqualTo(5000);
        assertThat(summary.at("/supplies/DISINFECTANT").asLong()).isEqualTo(600);
        assertThat(summary.at("/outreach/regulationCopies").asLong()).isEqualTo(70);
        assertThat(summary.at("/asOf").asString()).isEqualTo("2022-03-31T23:59:59.999+08:00");
    }

    @Test
    void theStreetsOfTheDistrictAddUpToTheDistrict() {
        long total = 0;
        long scored = 0;
        for (String street : ReferenceHalfYear.STREETS) {
            JsonNode summary = api.get(Api.OFFICER, "/api/v1/reports/summary?" + PERIOD + "&street=" + street).json();
            total += summary.at("/complaints/total").asLong();
            scored += summary.at("/assessment/estatesScored").asLong();
            assertThat(summary.at("/supplies/MASK").asLong()).as("supplies have no street").isZero();
        }
        assertThat(total).isEqualTo(618);
        assertThat(scored).isEqualTo(12);
    }

    @Test
    void aStreetOfficerSeesItsOwnStreetAsTheDistrictStaffSeeThatStreet() {
        String street = ReferenceHalfYear.STREETS.get(1);
        Caller officer = Caller.streetOfficer("li.wei", street);

        Api.Reply own = api.get(officer, "/api/v1/reports/summary?" + PERIOD);
        Api.Reply filtered = api.get(Api.OFFICER, "/api/v1/reports/summary?" + PERIOD + "&street=" + street);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).isEqualTo(filtered.text());
        assertThat(own.json().at("/complaints/total").asLong()).isBetween(1L, 617L);
    }

    @Test
    void anEarlierFormulaVersionThatDoesNotExistIsABadRequestNotAnError() {
        Api.Reply reply = api.get(Api.OFFICER, "/api/v1/reports/summary?" + PERIOD + "&formula=v0");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("formula");
    }

    static String expected(String resource) throws IOException {
        try (InputStream in = ReferenceSummaryTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
