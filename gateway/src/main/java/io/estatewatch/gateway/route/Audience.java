package io.estatewatch.gateway.route;

import io.estatewatch.gateway.security.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may pass an {@link AccessRule}: a set of roles, and whether callers without any credential may too. Anonymous
 * callers are forwarded as {@link Role#PUBLIC}, so an audience that admits them also admits that role.
 */
public record Audience(Set<Role> roles, boolean anonymous) {

    /** Everyone, with or without credentials. */
    public static final Audience ANYONE = new Audience(EnumSet.allOf(Role.class), true);
    /** District administrators only. */
    public static final Audience ADMIN = of(Role.DISTRICT_ADMIN);
    /** The district authority: administrators and officers. */
    public static final Audience DISTRICT = of(Role.DISTRICT_ADMIN, Role.DISTRICT_OFFICER);
    /** District and street staff. */
    public static final Audience STAFF = of(Role.DISTRICT_ADMIN, Role.DISTRICT_OFFICER, Role.STREET_OFFICER);
    /** Staff and property-company users: the readers of the register, complaints, filings and results. */
    public static final Audience READERS = STAFF.and(Role.COMPANY_USER);

    public Audience {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (anonymous && !roles.contains(Role.PUBLIC)) {
            throw new IllegalArgumentException("An audience that admits anonymous callers admits PUBLIC too");
        }
    }

    /** Callers holding one of {@code roles}, never anonymous ones. */
    public static Audience of(Role... roles) {
        return new Audience(EnumSet.copyOf(Arrays.asList(roles)), false);
    }

    /** This audience and {@code more} roles. */
    public Audience and(Role... more) {
        EnumSet<Role> all = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        all.addAll(Arrays.asList(more));
        return new Audience(all, anonymous);
    }

    public boolean admits(Role role) {
        return roles.contains(role);
    }

    /** For the README's matrix: "anyone", or the roles in privilege order. */
    public String describe() {
        if (anonymous) {
            return "anyone (no credentials needed)";
        }
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }
}
