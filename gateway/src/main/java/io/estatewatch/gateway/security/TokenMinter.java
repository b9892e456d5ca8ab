package io.estatewatch.gateway.security;

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
import java.util.UUID;

/**
 * Mints the HS256 tokens the gateway forwards for callers that sent none (API key clients, anonymous callers of
 * public routes) and, in the local profile, the dev tokens: signed with the secret the services verify
 * ({@code estatewatch.security.jwt.secret}), with the claims they read ({@code sub}, {@code role}, {@code streets},
 * {@code companyId}, {@code channels}). Thread-safe.
 */
public final class TokenMinter {

    /** The {@code iss} of every token the gateway mints. */
    public static final String ISSUER = "estatewatch-gateway";
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    private final MACSigner signer;
    private final Clock clock;

    public TokenMinter(String secret, Clock clock) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The token secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        try {
            this.signer = new MACSigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The token secret cannot sign HS256 tokens", e);
        }
        this.clock = clock;
    }

    /** A token for {@code caller}, valid for {@code lifetime} from now. */
    public String mint(Caller caller, Duration lifetime) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(caller.name())
                .claim(TokenClaims.ROLE, caller.role().name())
                .claim(TokenClaims.STREETS, List.copyOf(caller.streets()))
                .claim(TokenClaims.CHANNELS, List.copyOf(caller.channels()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        if (caller.companyId() != null) {
            claims.claim(TokenClaims.COMPANY_ID, caller.companyId());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt.serialize();
    }
}
