package io.estatewatch.servicekit.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints HS256 tokens for a {@link Caller}, signed with the secret that {@code estatewatch.security.jwt.secret}
 * verifies, as the gateway mints its own: for the tests of every service and for a local development token endpoint.
 * Never for production, where the identity provider issues staff tokens.
 *
 * <pre>{@code
 * JwtIssuer issuer = new JwtIssuer(SECRET, Duration.ofMinutes(5));
 * String token = issuer.issue(Caller.streetOfficer("li.wei", "Xinhua"));
 * // Authorization: Bearer <token>
 * }</pre>
 *
 * Claims: {@code iss} ({@value #GATEWAY_ISSUER}), {@code sub}, {@code role}, {@code streets}, {@code companyId} (when
 * the caller has one), {@code channels}, {@code iat}, {@code exp}, {@code jti}. Thread-safe.
 */
public final class JwtIssuer {

    /**
     * The {@code iss} of the tokens the gateway mints (its {@code TokenMinter.ISSUER}) and of these: a service that
     * also trusts an identity provider verifies tokens naming it with the shared secret, and only those.
     */
    public static final String GATEWAY_ISSUER = "estatewatch-gateway";

    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    private final MACSigner signer;
    private final Duration lifetime;
    private final Clock clock;

    /** Tokens valid for {@code lifetime} from now. */
    public JwtIssuer(String secret, Duration lifetime) {
        this(secret, lifetime, Clock.systemUTC());
    }

    /** Tokens issued at {@code clock}'s now and valid for {@code lifetime}: a clock in the past mints expired ones. */
    public JwtIssuer(String secret, Duration lifetime, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("The lifetime must be positive");
        }
        try {
            this.signer = new MACSigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The secret cannot sign HS256 tokens", e);
        }
        this.lifetime = lifetime;
    }

    /** A signed token describing {@code caller}. */
    public String issue(Caller caller) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(GATEWAY_ISSUER)
                .subject(caller.username())
                .claim(CallerClaims.ROLE, caller.role().name())
                .claim(CallerClaims.STREETS, List.copyOf(caller.streets()))
                .claim(CallerClaims.CHANNELS, List.copyOf(caller.channels()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (caller.companyId() != null) {
            claims.claim(CallerClaims.COMPANY_ID, caller.companyId());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the token", e);
        }
        return jwt.serialize();
    }
}
