package io.estatewatch.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.charset.StandardCharsets;

/**
 * {@code estatewatch.security.*}, the same settings the services read: which claims name the caller and its role,
 * and the shared HS256 secret ({@code ESTATEWATCH_SECURITY_JWT_SECRET}). The gateway needs the secret in every
 * profile, because it signs the tokens it forwards for API key and anonymous callers.
 */
@ConfigurationProperties("estatewatch.security")
public record TokenProperties(@DefaultValue("role") String roleClaim,
                              @DefaultValue("sub") String usernameClaim,
                              @DefaultValue Jwt jwt) {

    /** @param secret the shared HS256 secret, at least 32 bytes of UTF-8 */
    public record Jwt(String secret) {

        public Jwt {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("estatewatch.security.jwt.secret (ESTATEWATCH_SECURITY_JWT_SECRET) "
                        + "is not set: the gateway signs the tokens it forwards with it");
            }
            if (secret.getBytes(StandardCharsets.UTF_8).length < TokenMinter.MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("estatewatch.security.jwt.secret must be at least "
                        + TokenMinter.MIN_SECRET_BYTES + " bytes (HS256 needs a 256-bit key)");
            }
        }

        @Override
        public String toString() {
            return "Jwt[secret=****]";
        }
    }
}
