package io.estatewatch.gateway.support;

import io.estatewatch.gateway.security.ApiKeys;
import io.estatewatch.gateway.security.Caller;
import io.estatewatch.gateway.security.Credential;
import io.estatewatch.gateway.security.Role;
import io.estatewatch.gateway.security.TokenMinter;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** The test secret, the test hotline key, and tokens for every role. */
public final class TestCredentials {

    public static final String SECRET = "test-only-secret-for-the-gateway-tests-0123456789";
    /** Bound to MAYOR_HOTLINE and CITIZEN_FORUM. */
    public static final String HOTLINE_KEY = "test-hotline-key";
    public static final String HOTLINE_KEY_NAME = "test-hotline";
    public static final Set<String> HOTLINE_CHANNELS = Set.of("MAYOR_HOTLINE", "CITIZEN_FORUM");

    private static final TokenMinter MINTER = new TokenMinter(SECRET, Clock.systemUTC());

    private TestCredentials() {
    }

    /** Configures the secret and the test key. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("estatewatch.security.jwt.secret", () -> SECRET);
        registry.add("estatewatch.gateway.api-keys." + HOTLINE_KEY_NAME + ".sha256", () -> ApiKeys.hash(HOTLINE_KEY));
        registry.add("estatewatch.gateway.api-keys." + HOTLINE_KEY_NAME + ".channels", () -> String.join(",", HOTLINE_CHANNELS));
    }

    /** A token for a caller of {@code role} with what that role needs (streets, a company, channels). */
    public static String tokenFor(Role role) {
        return tokenFor(role, role.name().toLowerCase() + "-user");
    }

    public static String tokenFor(Role role, String name) {
        Caller caller = switch (role) {
            case STREET_OFFICER -> new Caller(name, role, Credential.BEARER_TOKEN, Set.of("Xinhua"), null, Set.of());
            case COMPANY_USER -> new Caller(name, role, Credential.BEARER_TOKEN, Set.of(), "company-1", Set.of());
            case HOTLINE_CLIENT -> new Caller(name, role, Credential.BEARER_TOKEN, Set.of(), null, Set.of("MAYOR_HOTLINE"));
            default -> new Caller(name, role, Credential.BEARER_TOKEN, Set.of(), null, Set.of());
        };
        return MINTER.mint(caller, Duration.ofMinutes(10));
    }

    /** A token signed with another secret: must be refused. */
    public static String forgedToken(Role role) {
        return new TokenMinter("another-secret-that-the-gateway-does-not-know", Clock.systemUTC())
                .mint(new Caller("forger", role, Credential.BEARER_TOKEN, Set.of(), null, Set.of()), Duration.ofMinutes(10));
    }

    /** A token that expired an hour ago. */
    public static String expiredToken(Role role) {
        return new TokenMinter(SECRET, Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)))
                .mint(new Caller("late", role, Credential.BEARER_TOKEN, Set.of(), null, Set.of()), Duration.ofMinutes(10));
    }
}
