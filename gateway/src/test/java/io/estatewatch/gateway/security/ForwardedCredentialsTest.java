package io.estatewatch.gateway.security;

import com.nimbusds.jwt.SignedJWT;
import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubBackend;
import io.estatewatch.gateway.support.StubServices;
import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ForwardedCredentialsTest extends GatewayTestSupport {

    private final StubBackend complaints = StubServices.of(Service.COMPLAINT);

    @Test
    @SuppressWarnings("unchecked")
    void anApiKeyIsForwardedAsAShortLivedHotlineTokenAndNeverItself() throws ParseException {
        client.post().uri("/api/v1/complaints")
                .header(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"MAYOR_HOTLINE\",\"externalId\":\"12345-1\"}")
                .exchange()
                .expectStatus().isOk();

        StubBackend.Received received = complaints.last();
        assertThat(received.header(ApiKeyAuthentication.HEADER)).isNull();
        Map<String, Object> claims = claimsOf(received);
        assertThat(claims).containsEntry("sub", TestCredentials.HOTLINE_KEY_NAME)
                .containsEntry("role", "HOTLINE_CLIENT")
                .containsEntry("iss", TokenMinter.ISSUER);
        assertThat((List<Object>) claims.get("channels")).containsExactlyInAnyOrderElementsOf(TestCredentials.HOTLINE_CHANNELS);
        Instant expires = ((java.util.Date) claims.get("exp")).toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(received.bodyText()).contains("12345-1");
    }

    @Test
    void aStaffTokenIsForwardedUnchanged() {
        String token = TestCredentials.tokenFor(Role.DISTRICT_OFFICER);
        client.get().uri("/api/v1/estates?street=Xinhua")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk();

        StubBackend.Received received = StubServices.of(Service.FILING).last();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        assertThat(received.path()).isEqualTo("/api/v1/estates");
        assertThat(received.query()).isEqualTo("street=Xinhua");
    }

    @Test
    void anAnonymousCallerOfAPublicRouteIsForwardedAsPublic() throws ParseException {
        client.get().uri("/open311/v2/services.json").exchange().expectStatus().isOk();

        Map<String, Object> claims = claimsOf(complaints.last());
        assertThat(claims).containsEntry("role", "PUBLIC").containsEntry("sub", Caller.ANONYMOUS);
    }

    @Test
    void aHotlineKeyMayNotPushOnAChannelItIsNotBoundTo() {
        client.post().uri("/api/v1/complaints")
                .header(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"CONDUCT_HOTLINE\",\"externalId\":\"9\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.channel").isEqualTo("CONDUCT_HOTLINE");

        assertThat(complaints.received()).isEmpty();
    }

    @Test
    void aBatchIsCheckedComplaintByComplaint() {
        client.post().uri("/api/v1/complaints/batch")
                .header(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"channel\":\"MAYOR_HOTLINE\"},{\"channel\":\"PEOPLE_DAILY_BOARD\"}]")
                .exchange()
                .expectStatus().isForbidden();

        assertThat(complaints.received()).isEmpty();
    }

    @Test
    void anUnknownApiKeyIsRefusedWith401() {
        client.get().uri("/api/v1/complaints/c-1")
                .header(ApiKeyAuthentication.HEADER, "not-a-key")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://estatewatch.io/problems/unauthorized");
    }

    @Test
    void anApiKeyTogetherWithABearerTokenIsRefused() {
        client.get().uri("/api/v1/complaints/c-1")
                .header(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY)
                .headers(headers -> headers.setBearerAuth(TestCredentials.tokenFor(Role.DISTRICT_ADMIN)))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void forgedAndExpiredTokensAreRefusedEvenOnPublicRoutes() {
        for (String token : List.of(TestCredentials.forgedToken(Role.DISTRICT_ADMIN),
                TestCredentials.expiredToken(Role.DISTRICT_ADMIN), "not.a.jwt")) {
            client.get().uri("/open311/v2/discovery.json")
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimsOf(StubBackend.Received received) throws ParseException {
        String authorization = received.header(HttpHeaders.AUTHORIZATION);
        assertThat(authorization).startsWith("Bearer ");
        return SignedJWT.parse(authorization.substring("Bearer ".length())).getJWTClaimsSet().getClaims();
    }
}
