package io.estatewatch.servicekit.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The identity provider's decoder as Boot builds it, with one difference: when the provider's discovery document
 * cannot be fetched (Boot's decoder for {@code issuer-uri} fetches it at the first staff token), that is the same
 * {@link JwtException} as keys that cannot be fetched. Spring Security answers that as a failure of the service, which
 * {@link SecurityProblems} makes a 503; Spring's own {@link JwtDecoderInitializationException} would escape the filter
 * chain as a 500.
 */
final class IdentityProviderJwtDecoder implements JwtDecoder {

    private final JwtDecoder decoder;

    IdentityProviderJwtDecoder(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Jwt decode(String token) {
        try {
            return decoder.decode(token);
        } catch (JwtDecoderInitializationException unreachable) {
            // The next token tries the discovery again: Spring keeps a decoder only once it has been built.
            throw new JwtException("The identity provider's configuration cannot be fetched", unreachable);
        }
    }
}
