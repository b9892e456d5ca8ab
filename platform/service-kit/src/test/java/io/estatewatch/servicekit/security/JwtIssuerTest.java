package io.estatewatch.servicekit.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokens tests and local development mint. */
class JwtIssuerTest {

    private static final String SECRET = "jwt-issuer-test-secret-0123456789ab";
    private static final Instant NOW = Instant.parse("2022-03-01T01:30:00Z");

    private final JwtDecoder decoder = NimbusJwtDecoder
            .withSecretKey(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
            .macAlgorithm(MacAlgorithm.HS256).build();

    @Test
    void aMintedTokenCarriesTheCallerAndReadsBackAsTheSameCaller() {
        Caller caller = new Caller("wang", Role.COMPANY_USER, Set.of(), "company-7", Set.of());

        Jwt jwt = decoder.decode(new JwtIssuer(SECRET, Duration.ofMinutes(5)).issue(caller));

        assertThat(jwt.getClaimAsString("iss")).isEqualTo(JwtIssuer.GATEWAY_ISSUER).isEqualTo("estatewatch-gateway");
        assertThat(jwt.getSubject()).isEqualTo("wang");
        assertThat(jwt.getClaimAsString("role")).isEqualTo("COMPANY_USER");
        assertThat(jwt.getClaimAsString("companyId")).isEqualTo("company-7");
        assertThat(jwt.getId()).isNotBlank();
        assertThat(jwt.getHeaders()).containsEntry("alg", "HS256");
        assertThat(CallerClaims.toCaller(jwt.getClaims())).isEqualTo(caller);
    }

    @Test
    void theTokenLivesForTheLifetimeFromTheClocksNow() {
        JwtIssuer issuer = new JwtIssuer(SECRET, Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

        String token = issuer.issue(Caller.districtAdmin("admin"));

        // Long expired by now: the decoder refuses it, and the claims say when it was issued and when it ended.
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        JWTClaimsSet claims = claims(token);
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new JwtIssuer("x".repeat(31), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThat(new JwtIssuer("x".repeat(32), Duration.ofMinutes(5)).issue(Caller.publicUser("v"))).isNotBlank();
    }

    @Test
    void aLifetimeMustBePositive() {
        assertThatThrownBy(() -> new JwtIssuer(SECRET, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private static JWTClaimsSet claims(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
