package io.estatewatch.servicekit.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;

/**
 * Turns a verified JWT into the authentication of its {@link Caller}, with the authority {@code ROLE_<role>}
 * (so that {@code hasRole("DISTRICT_ADMIN")} works too). A token whose claims describe no caller is refused as an
 * invalid token: 401, never a caller with a guessed role.
 *
 * <p>The same mapping for every issuer; only the claim names differ: the gateway writes its tokens with the default
 * names ({@code sub}, {@code role}), while {@code estatewatch.security.username-claim} / {@code role-claim} name the
 * identity provider's (e.g. Keycloak's {@code preferred_username}).
 */
final class CallerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ServiceSecurityProperties properties;

    CallerAuthenticationConverter(ServiceSecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = caller(jwt);
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())),
                caller.username());
    }

    Caller caller(Jwt jwt) {
        try {
            if (JwtIssuer.GATEWAY_ISSUER.equals(jwt.getClaimAsString(JwtClaimNames.ISS))) {
                return CallerClaims.toCaller(jwt.getClaims());
            }
            return CallerClaims.toCaller(jwt.getClaims(), properties.roleClaim(), properties.usernameClaim());
        } catch (IllegalArgumentException e) {
            throw new InvalidCallerClaimsException(e.getMessage());
        }
    }

    /** A verified token whose claims do not describe a caller. */
    static final class InvalidCallerClaimsException extends OAuth2AuthenticationException {

        InvalidCallerClaimsException(String reason) {
            super(new BearerTokenError(OAuth2ErrorCodes.INVALID_TOKEN, HttpStatus.UNAUTHORIZED,
                    "The token does not describe a caller: " + reason, null), "The token does not describe a caller: " + reason);
        }
    }
}
