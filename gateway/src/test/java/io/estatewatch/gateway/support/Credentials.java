package io.estatewatch.gateway.support;

import io.estatewatch.gateway.route.Audience;
import io.estatewatch.gateway.security.ApiKeyAuthentication;
import io.estatewatch.gateway.security.Role;
import org.springframework.http.HttpHeaders;

import java.util.function.Consumer;

/** Every way a caller can come to the gateway: nothing, a token of each role, the hotline key. */
public enum Credentials {

    NONE(null),
    DISTRICT_ADMIN(Role.DISTRICT_ADMIN),
    DISTRICT_OFFICER(Role.DISTRICT_OFFICER),
    STREET_OFFICER(Role.STREET_OFFICER),
    COMPANY_USER(Role.COMPANY_USER),
    HOTLINE_API_KEY(Role.HOTLINE_CLIENT),
    HOTLINE_TOKEN(Role.HOTLINE_CLIENT),
    PUBLIC_TOKEN(Role.PUBLIC);

    private final Role role;
    private String token;

    Credentials(Role role) {
        this.role = role;
    }

    /** Adds the credential to a request's headers. */
    public Consumer<HttpHeaders> apply() {
        return headers -> {
            switch (this) {
                case NONE -> { }
                case HOTLINE_API_KEY -> headers.set(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY);
                default -> headers.setBearerAuth(token());
            }
        };
    }

    /** The status a request with this credential gets from a rule for {@code audience}, the service answering 200. */
    public int expectedStatus(Audience audience) {
        if (this == NONE) {
            return audience.anonymous() ? 200 : 401;
        }
        return audience.admits(role) ? 200 : 403;
    }

    private synchronized String token() {
        if (token == null) {
            token = TestCredentials.tokenFor(role);
        }
        return token;
    }
}
