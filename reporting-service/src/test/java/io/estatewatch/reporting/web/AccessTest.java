package io.estatewatch.reporting.web;

import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.ReportingServiceTest;
import io.estatewatch.servicekit.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read which report, and what a wrong parameter gets: never a 500. */
@ReportingServiceTest
class AccessTest {

    static final String SUMMARY = "/api/v1/reports/summary?from=2031-01-01&to=2031-06-30";

    @Autowired
    Api api;

    @Test
    void withoutATokenNoReportIsAnswered() {
        Api.Reply reply = api.get(null, SUMMARY);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aStreetOfficerAskingForAnotherStreetIsRefused() {
        Api.Reply reply = api.get(Caller.streetOfficer("li.wei", "新华街道"), SUMMARY + "&street=东城街道");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void companyUsersHotlinesAndThePublicReadNoDistrictReport() {
        assertThat(api.get(Caller.companyUser("u", "co-1"), SUMMARY).status()).isEqualTo(403);
        assertThat(api.get(Caller.hotlineClient("h", "*"), SUMMARY).status()).isEqualTo(403);
        assertThat(api.get(Caller.publicUser("p"), "/api/v1/reports/complaints?from=2031-01-01&to=2031-01-31")
                .status()).isEqualTo(403);
    }

    @Test
    void aCompanyUserReadsItsOwnScorecardAndNoOtherCompanys() {
        Caller user = Caller.companyUser("u", "co-own");

        Api.Reply all = api.get(user, "/api/v1/reports/scorecards?from=2031-01-01&to=2031-06-30");
        assertThat(all.status()).isEqualTo(200);
        all.json().at("/companies").forEach(card -> assertThat(card.at("/companyId").asString()).isEqualTo("co-own"));

        assertThat(api.get(user, "/api/v1/reports/scorecards/co-other?from=2031-01-01&to=2031-06-30").status())
                .isEqualTo(403);
        assertThat(api.get(Caller.streetOfficer("li", "新华街道"), "/api/v1/reports/scorecards?from=2031-01-01&to=2031-06-30")
                .status()).isEqualTo(403);
    }

    @Test
    void unreadablePeriodsAndMomentsAreBadRequestsNamingTheParameter() {
        assertThat(field(api.get(Api.OFFICER, "/api/v1/reports/summary?from=2031-13-01&to=2031-06-30")))
                .isEqualTo("from");
        assertThat(field(api.get(Api.OFFICER, "/api/v1/reports/summary?from=2031-01-01")))
                .isEqualTo("to");
        assertThat(field(api.get(Api.OFFICER, "/api/v1/reports/summary?from=2031-06-01&to=2031-01-01")))
                .isEqualTo("to");
        assertThat(field(api.get(Api.OFFICER, SUMMARY + "&asOf=yesterday"))).isEqualTo("asOf");
        assertThat(field(api.get(Api.OFFICER, "/api/v1/reports/complaints?from=2031-01-01&to=2031-01-31"
                + "&granularity=week"))).isEqualTo("granularity");
        assertThat(field(api.get(Api.OFFICER, "/api/v1/reports/complaints?from=2031-01-01&to=2031-01-31"
                + "&groupBy=colour"))).isEqualTo("groupBy");
        assertThat(field(api.get(Api.OFFICER, "/api/v1/reports/rates?from=2031-01-01&to=2031-01-31&level=moon")))
                .isEqualTo("level");
    }

    @Test
    void theDashboardPageAndItsChartsLibraryArePublic() {
        Api.Reply page = api.get(null, "/dashboard");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("echarts");
        assertThat(api.get(null, "/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return reply.json().at("/errors/0/field").asString();
    }
}
