package io.estatewatch.servicekit.security;

/**
 * What a caller is, as its token says. Declared from the most to the least privileged: when a token names several
 * roles (Keycloak's {@code realm_access.roles}), the first of this order wins.
 */
public enum Role {

    /** The district housing authority's administrators: everything, every street. */
    DISTRICT_ADMIN,
    /** The district authority's officers: every street, every company. */
    DISTRICT_OFFICER,
    /** A street office's officer: only the estates of its own streets. */
    STREET_OFFICER,
    /** A property-service company's user: only its company and the estates it manages. */
    COMPANY_USER,
    /** A citizen hotline system: pushes complaints on its channels and reads their status. */
    HOTLINE_CLIENT,
    /** Anyone: published assessment results only. */
    PUBLIC
}
