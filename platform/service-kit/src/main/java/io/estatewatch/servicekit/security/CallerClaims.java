package io.estatewatch.servicekit.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The token claims that describe a {@link Caller}, and the one mapping from claims to a caller. Plain Java over the
 * claims map, so that it is the same for every decoder.
 */
public final class CallerClaims {

    /** Default claim of the username. */
    public static final String USERNAME = "sub";
    /** Default claim of the role. */
    public static final String ROLE = "role";
    /** A street officer's streets: an array of strings (a single string is read as one street). */
    public static final String STREETS = "streets";
    /** A company user's company. */
    public static final String COMPANY_ID = "companyId";
    /** A hotline client's channels: an array of strings, {@value Caller#ALL_CHANNELS} for all. */
    public static final String CHANNELS = "channels";
    /** Keycloak's realm roles: {@code {"realm_access": {"roles": [...]}}}. */
    public static final String REALM_ACCESS = "realm_access";

    private static final String ROLE_PREFIX = "ROLE_";

    private CallerClaims() {
    }

    /** The caller the claims describe, with the default claim names. */
    public static Caller toCaller(Map<String, Object> claims) {
        return toCaller(claims, ROLE, USERNAME);
    }

    /**
     * The caller the claims describe.
     *
     * @throws IllegalArgumentException when they describe none: no username, no known role, a street officer
     *                                  without streets, a company user without a company
     */
    public static Caller toCaller(Map<String, Object> claims, String roleClaim, String usernameClaim) {
        Object username = claims.get(usernameClaim);
        if (!(username instanceof String name) || name.isBlank()) {
            throw new IllegalArgumentException("the token has no '" + usernameClaim + "' claim");
        }
        Role role = role(claims.get(roleClaim))
                .or(() -> role(claims.get(REALM_ACCESS) instanceof Map<?, ?> realm ? realm.get("roles") : null))
                .orElseThrow(() -> new IllegalArgumentException("the token names none of the roles "
                        + List.of(Role.values()) + " in '" + roleClaim + "' or '" + REALM_ACCESS + ".roles'"));
        Object companyId = claims.get(COMPANY_ID);
        return new Caller(name, role, strings(claims.get(STREETS)),
                companyId == null ? null : companyId.toString(), strings(claims.get(CHANNELS)));
    }

    /** The most privileged known role among the claim's values. */
    private static Optional<Role> role(Object claim) {
        return strings(claim).stream()
                .map(CallerClaims::parseRole)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static Optional<Role> parseRole(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith(ROLE_PREFIX)) {
            name = name.substring(ROLE_PREFIX.length());
        }
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static Set<String> strings(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        Collection<?> values = claim instanceof Collection<?> collection ? collection
                : claim instanceof Object[] array ? Arrays.asList(array) : List.of(claim);
        List<String> strings = new ArrayList<>();
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                strings.add(value.toString().trim());
            }
        }
        return new LinkedHashSet<>(strings);
    }
}
