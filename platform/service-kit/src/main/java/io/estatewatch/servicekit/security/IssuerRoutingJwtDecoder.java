package io.estatewatch.servicekit.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.text.ParseException;
import java.util.Map;

/**
 * Verifies a token with the verifier of the issuer it names, for a service that trusts two: the gateway's own HS256
 * tokens and the identity provider's. The {@code iss} claim is read before any signature is checked, so it only
 * chooses the verifier; that verifier then checks everything itself (its own algorithms and keys, expiry, the issuer
 * again), so naming the other issuer never gets a token a weaker check. A token naming no trusted issuer is invalid.
 *
 * <p>A {@link JwtDecoder} rather than Spring Security's {@code JwtIssuerAuthenticationManagerResolver}, so that the
 * filter chain and the one {@link CallerAuthenticationConverter} stay the same whichever issuer signed the token.
 */
final class IssuerRoutingJwtDecoder implements JwtDecoder {

    private final Map<String, JwtDecoder> verifiers;

    /** @param verifiers each trusted issuer (the {@code iss} value exactly) and the decoder that verifies its tokens */
    IssuerRoutingJwtDecoder(Map<String, JwtDecoder> verifiers) {
        if (verifiers.isEmpty()) {
            throw new IllegalArgumentException("At least one trusted issuer is needed");
        }
        this.verifiers = Map.copyOf(verifiers);
    }

    @Override
    public Jwt decode(String token) {
        String issuer = unverifiedIssuer(token);
        JwtDecoder verifier = issuer == null ? null : verifiers.get(issuer);
        if (verifier == null) {
            // The issuer the token names is not echoed: it is the caller's text, and it would go into a header.
            throw new BadJwtException(issuer == null ? "The token names no issuer"
                    : "The token's issuer is not one this service trusts");
        }
        return verifier.decode(token);
    }

    private static String unverifiedIssuer(String token) {
        try {
            // An encrypted token has no readable claims here, and so no issuer.
            JWTClaimsSet claims = JWTParser.parse(token).getJWTClaimsSet();
            return claims == null ? null : claims.getIssuer();
        } catch (ParseException malformed) {
            throw new BadJwtException("The token is malformed", malformed);
        }
    }
}
