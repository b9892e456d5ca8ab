package io.estatewatch.gateway.route;

import io.estatewatch.gateway.support.Credentials;
import io.estatewatch.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import io.estatewatch.gateway.support.StubServices;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import static io.estatewatch.gateway.support.Credentials.COMPANY_USER;
import static io.estatewatch.gateway.support.Credentials.DISTRICT_ADMIN;
import static io.estatewatch.gateway.support.Credentials.DISTRICT_OFFICER;
import static io.estatewatch.gateway.support.Credentials.HOTLINE_API_KEY;
import static io.estatewatch.gateway.support.Credentials.NONE;
import static io.estatewatch.gateway.support.Credentials.PUBLIC_TOKEN;
import static io.estatewatch.gateway.support.Credentials.STREET_OFFICER;

/**
 * The decisions of the matrix that matter most, written out by hand rather than read from the table, so that a
 * wrong edit of the table fails here even though {@link RouteAccessMatrixTest} would follow it.
 */
class AccessSpotChecksTest extends GatewayTestSupport {

    @Test
    void onlyADistrictAdminReachesTheProjectionAdministration() {
        expect(HttpMethod.POST, "/api/v1/admin/projections/complaints/rebuild", DISTRICT_ADMIN, 200);
        expect(HttpMethod.POST, "/api/v1/admin/projections/complaints/rebuild", DISTRICT_OFFICER, 403);
        expect(HttpMethod.GET, "/api/v1/admin/projections", STREET_OFFICER, 403);
        expect(HttpMethod.GET, "/api/v1/admin/projections", NONE, 401);
    }

    @Test
    void theHotlinePushesAndReadsItsComplaintsButListsNothing() {
        expect(HttpMethod.POST, "/api/v1/complaints", HOTLINE_API_KEY, 200);
        expect(HttpMethod.GET, "/api/v1/complaints/c-42", HOTLINE_API_KEY, 200);
        expect(HttpMethod.GET, "/api/v1/complaints", HOTLINE_API_KEY, 403);
        expect(HttpMethod.POST, "/api/v1/complaints/c-42/assignment", HOTLINE_API_KEY, 403);
        expect(HttpMethod.GET, "/api/v1/estates", HOTLINE_API_KEY, 403);
        expect(HttpMethod.POST, "/open311/v2/requests.json", HOTLINE_API_KEY, 200);
    }

    @Test
    void aCompanyRespondsToComplaintsAndFilesButNeitherAssignsNorDecides() {
        expect(HttpMethod.POST, "/api/v1/complaints/c-42/response", COMPANY_USER, 200);
        expect(HttpMethod.POST, "/api/v1/complaints/c-42/assignment", COMPANY_USER, 403);
        expect(HttpMethod.POST, "/api/v1/filings", COMPANY_USER, 200);
        expect(HttpMethod.POST, "/api/v1/filings/f-1/decision", COMPANY_USER, 403);
        expect(HttpMethod.POST, "/api/v1/filings/f-1/decision", STREET_OFFICER, 403);
        expect(HttpMethod.POST, "/api/v1/filings/f-1/decision", DISTRICT_OFFICER, 200);
        expect(HttpMethod.POST, "/api/v1/estates", COMPANY_USER, 403);
        expect(HttpMethod.GET, "/api/v1/reports/summary", COMPANY_USER, 403);
    }

    @Test
    void thePublicSeesPublishedResultsOpen311AndTheDashboardOnly() {
        expect(HttpMethod.GET, "/api/v1/assessment/rounds/r-1/results", NONE, 200);
        expect(HttpMethod.GET, "/api/v1/assessment/rounds", PUBLIC_TOKEN, 200);
        expect(HttpMethod.GET, "/open311/v2/discovery.json", NONE, 200);
        expect(HttpMethod.GET, "/dashboard", NONE, 200);
        expect(HttpMethod.GET, "/v3/api-docs/complaint-service", NONE, 200);
        expect(HttpMethod.POST, "/api/v1/assessment/rounds", PUBLIC_TOKEN, 403);
        expect(HttpMethod.GET, "/api/v1/assessment/supplies", NONE, 401);
        expect(HttpMethod.GET, "/api/v1/complaints/c-42", PUBLIC_TOKEN, 403);
        expect(HttpMethod.POST, "/open311/v2/requests.json", NONE, 401);
    }

    @Test
    void streetOfficersActOnComplaintsAndInspectionsButDoNotOpenRounds() {
        expect(HttpMethod.POST, "/api/v1/complaints/c-42/assignment", STREET_OFFICER, 200);
        expect(HttpMethod.POST, "/api/v1/assessment/rounds/r-1/scores", STREET_OFFICER, 200);
        expect(HttpMethod.POST, "/api/v1/assessment/rounds", STREET_OFFICER, 403);
        expect(HttpMethod.POST, "/api/v1/assessment/rounds", DISTRICT_OFFICER, 200);
        expect(HttpMethod.POST, "/api/v1/renovation/projects", STREET_OFFICER, 403);
    }

    @Test
    void aPathNoRouteServesIsRefusedEvenToAnAdmin() {
        expect(HttpMethod.GET, "/api/v1/unknown", DISTRICT_ADMIN, 403);
        expect(HttpMethod.GET, "/api/v1/unknown", NONE, 401);
        expect(HttpMethod.GET, "/actuator/gateway/routes", DISTRICT_ADMIN, 403);
    }

    @Test
    void aPathThatClimbsOutOfAPublicRouteIsRejectedBeforeAnyService() {
        for (String path : List.of("/open311/v2/../../api/v1/admin/projections",
                "/open311/v2/%2e%2e/%2e%2e/api/v1/admin/projections",
                "/open311/v2/..%2F..%2Fapi/v1/complaints", "/dashboard/%2e%2e/api/v1/reports/summary")) {
            client.get().uri(raw(path)).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(StubServices.of(Service.COMPLAINT).received()).isEmpty();
        assertThat(StubServices.of(Service.REPORTING).received()).isEmpty();
    }

    private void expect(HttpMethod method, String path, Credentials credentials, int status) {
        var request = client.method(method).uri(path).headers(credentials.apply());
        var response = method == HttpMethod.GET ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
        response.expectStatus().value(actual -> assertThat(actual)
                .as("%s %s as %s", method, path, credentials).isEqualTo(status));
    }
}
