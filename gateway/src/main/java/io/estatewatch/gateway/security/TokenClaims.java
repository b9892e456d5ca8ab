package io.estatewatch.gateway.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link Caller} from verified token claims, the way the services do: the role from {@code role} (a string
 * or an array, of which the most privileged known role counts) or Keycloak's {@code realm_access.roles}; the name
 * from {@code sub} (or the configured claim); {@code streets}, {@code companyId} and {@code channels} as they are.
 */
public final class TokenClaims {

    public static final String SUBJECT = "sub";
    public static final String ROLE = "role";
    public static final String STREETS = "streets";
    public static final String COMPANY_ID = "companyId";
    public static final String CHANNELS = "channels";
    static final String REALM_ACCESS = "realm_access";

    private final String roleClaim;
    private final String usernameClaim;

    public TokenClaims(String roleClaim, String usernameClaim) {
        this.roleClaim = roleClaim;
        this.usernameClaim = usernameClaim;
    }

    /**
     * The caller the claims describe.
     *
     * @throws IllegalArgumentException when they name no caller, no known role, a street officer without streets
     *                                  or a company user without a company
     */
    public Caller toCaller(Map<String, Object> claims) {
        Object name = claims.get(usernameClaim);
        if (!(name instanceof String username) || username.isBlank()) {
            throw new IllegalArgumentException("the token has no '" + usernameClaim + "' claim");
        }
        Role role = role(claims.get(roleClaim))
                .or(() -> role(claims.get(REALM_ACCESS) instanceof Map<?, ?> realm ? realm.get("roles") : null))
                .orElseThrow(() -> new IllegalArgumentException(
                        "the token names none of the roles " + List.of(Role.values())));
        Set<String> streets = strings(claims.get(STREETS));
        Object companyId = claims.get(COMPANY_ID);
        if (role == Role.STREET_OFFICER && streets.isEmpty()) {
            throw new IllegalArgumentException("a STREET_OFFICER token names no streets");
        }
        if (role == Role.COMPANY_USER && (companyId == null || companyId.toString().isBlank())) {
            throw new IllegalArgumentException("a COMPANY_USER token names no companyId");
        }
        return new Caller(username, role, Credential.BEARER_TOKEN, streets,
                companyId == null ? null : companyId.toString(), strings(claims.get(CHANNELS)));
    }

    private static Optional<Role> role(Object claim) {
        return strings(claim).stream().map(Role::parse).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    static Set<String> strings(Object claim) {
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
