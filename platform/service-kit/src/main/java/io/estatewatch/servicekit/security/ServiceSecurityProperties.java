package io.estatewatch.servicekit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code estatewatch.security.*}: how a service reads its callers' tokens.
 *
 * @param roleClaim     the claim that names the caller's {@link Role} (a string, or an array of which the most
 *                      privileged known role counts); Keycloak's {@code realm_access.roles} is read when this claim
 *                      names no known role. The gateway's own tokens are always read with {@code role}
 * @param usernameClaim the claim that names the caller ({@code sub}; with Keycloak, {@code preferred_username}
 *                      reads better). The gateway's own tokens are always read with {@code sub}
 * @param publicPaths   further path patterns (Spring {@code PathPattern}s, e.g. {@code /open311/**}) answered
 *                      without a token, besides health, info, prometheus and the OpenAPI documents
 * @param jwt           the token's signature
 */
@ConfigurationProperties("estatewatch.security")
public record ServiceSecurityProperties(@DefaultValue("role") String roleClaim,
                                        @DefaultValue("sub") String usernameClaim,
                                        @DefaultValue List<String> publicPaths,
                                        @DefaultValue Jwt jwt) {

    public ServiceSecurityProperties {
        if (roleClaim == null || roleClaim.isBlank()) {
            throw new IllegalArgumentException("estatewatch.security.role-claim must not be blank");
        }
        if (usernameClaim == null || usernameClaim.isBlank()) {
            throw new IllegalArgumentException("estatewatch.security.username-claim must not be blank");
        }
        publicPaths = publicPaths == null ? List.of()
                : publicPaths.stream().filter(path -> path != null && !path.isBlank()).map(String::trim).toList();
        jwt = jwt == null ? new Jwt(null) : jwt;
    }

    /**
     * @param secret the shared HS256 secret the gateway signs its own tokens with (at least
     *               {@value JwtIssuer#MIN_SECRET_BYTES} bytes of UTF-8). Alone, it verifies every token (local profile
     *               and tests); next to Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} it verifies
     *               the tokens whose {@code iss} is {@value JwtIssuer#GATEWAY_ISSUER}, and the identity provider's
     *               keys the others.
     */
    public record Jwt(String secret) {

        public Jwt {
            if (secret != null && secret.isBlank()) {
                secret = null;
            }
        }

        public boolean hasSecret() {
            return secret != null;
        }

        /** The secret's key bytes; checked here rather than at binding, so that no failure report prints it. */
        public byte[] secretKey() {
            byte[] key = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
            if (key.length < JwtIssuer.MIN_SECRET_BYTES) {
                throw new IllegalStateException("estatewatch.security.jwt.secret must be at least "
                        + JwtIssuer.MIN_SECRET_BYTES + " bytes of UTF-8 (HS256 needs a 256-bit key)");
            }
            return key;
        }

        @Override
        public String toString() {
            return "Jwt[secret=" + (secret == null ? "unset" : "****") + "]";
        }
    }
}
