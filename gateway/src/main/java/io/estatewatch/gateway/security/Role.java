package io.estatewatch.gateway.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller is. The same names as the services' roles (the forwarded token carries them); declared from the most
 * to the least privileged, so that a token naming several roles (Keycloak's {@code realm_access.roles}) counts as the
 * first of them.
 */
public enum Role {

    DISTRICT_ADMIN,
    DISTRICT_OFFICER,
    STREET_OFFICER,
    COMPANY_USER,
    HOTLINE_CLIENT,
    PUBLIC;

    /** The role a claim value names ({@code district_admin}, {@code ROLE_DISTRICT_ADMIN} too), if any. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith("ROLE_")) {
            name = name.substring("ROLE_".length());
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
