package io.estatewatch.gateway.profiles;

import com.nimbusds.jwt.SignedJWT;
import io.estatewatch.gateway.GatewayProperties;
import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.security.ApiKeyAuthentication;
import io.estatewatch.gateway.support.StubServices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local platform's profile: the credentials of api.md work as documented. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S") // a cold first request on a busy CI machine can take over the default 5 s
@ActiveProfiles("local")
class LocalProfileTest {

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        StubServices.register(registry);
    }

    @Test
    void aDevTokenOpensWhatItsRoleMay() {
        String token = devToken("{\"username\":\"admin\",\"role\":\"DISTRICT_ADMIN\"}");

        client.get().uri("/api/v1/reports/summary?from=2022-01-01&to=2022-06-30")
                .headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk();
        assertThat(StubServices.of(Service.REPORTING).last().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void aStreetOfficersTokenCarriesItsStreetsAndACompanyUsersItsCompany() throws Exception {
        Map<String, Object> officer = SignedJWT.parse(devToken(
                "{\"username\":\"li.wei\",\"role\":\"STREET_OFFICER\",\"streets\":[\"Xinhua\",\"Dongfeng\"]}"))
                .getJWTClaimsSet().getClaims();
        assertThat(officer).containsEntry("sub", "li.wei").containsEntry("role", "STREET_OFFICER");
        assertThat((List<?>) officer.get("streets")).hasSize(2);

        Map<String, Object> company = SignedJWT.parse(devToken(
                "{\"username\":\"wang\",\"role\":\"COMPANY_USER\",\"companyId\":\"co-7\"}")).getJWTClaimsSet().getClaims();
        assertThat(company).containsEntry("companyId", "co-7");
    }

    @Test
    void aDevTokenRequestThatDescribesNoValidCallerIs400() {
        for (String body : List.of("{\"username\":\"li.wei\",\"role\":\"STREET_OFFICER\"}",
                "{\"username\":\"x\",\"role\":\"MAYOR\"}", "{\"role\":\"DISTRICT_ADMIN\"}", "not json")) {
            client.post().uri(GatewayProperties.DevToken.PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void theDemoKeyPushesOnEveryChannel() throws Exception {
        client.post().uri("/api/v1/complaints").header(ApiKeyAuthentication.HEADER, LocalOnlyCredentialsAbsent.DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"channel\":\"BUREAU_REFERRAL\"}")
                .exchange()
                .expectStatus().isOk();

        String forwarded = StubServices.of(Service.COMPLAINT).last().header(HttpHeaders.AUTHORIZATION);
        Map<String, Object> claims = SignedJWT.parse(forwarded.substring("Bearer ".length())).getJWTClaimsSet().getClaims();
        assertThat(claims).containsEntry("role", "HOTLINE_CLIENT").containsEntry("sub", "local-hotline");
        assertThat(claims.get("channels")).isEqualTo(List.of("*"));
    }

    private String devToken(String request) {
        return client.post().uri(GatewayProperties.DevToken.PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(request)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("token").toString();
    }
}
