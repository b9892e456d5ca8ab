package io.estatewatch.servicekit.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, taken from the verified token: a controller declares a {@code Caller caller} parameter and the
 * service kit fills it in. Plain Java, so that domain code can take it and ask it the scope questions below
 * instead of looking at roles itself.
 *
 * <p>A caller is valid by construction: a {@link Role#STREET_OFFICER} has at least one street, a
 * {@link Role#COMPANY_USER} has a company. Absent sets are empty; the sets are immutable.
 *
 * @param username  who, as the identity provider names them (the token's {@code sub} by default)
 * @param role      what they are
 * @param streets   the streets a {@link Role#STREET_OFFICER} is scoped to (empty for the other roles)
 * @param companyId the company a {@link Role#COMPANY_USER} belongs to ({@code null} for the other roles)
 * @param channels  the complaint channels a {@link Role#HOTLINE_CLIENT} may push on; {@value #ALL_CHANNELS} for all
 */
public record Caller(String username, Role role, Set<String> streets, String companyId, Set<String> channels) {

    /** The channel entry that lets a hotline client push on every channel. */
    public static final String ALL_CHANNELS = "*";

    public Caller {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A caller needs a username");
        }
        Objects.requireNonNull(role, "A caller needs a role");
        streets = streets == null ? Set.of() : Set.copyOf(streets);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        if (companyId != null && companyId.isBlank()) {
            companyId = null;
        }
        if (role == Role.STREET_OFFICER && streets.isEmpty()) {
            throw new IllegalArgumentException("A STREET_OFFICER needs at least one street");
        }
        if (role == Role.COMPANY_USER && companyId == null) {
            throw new IllegalArgumentException("A COMPANY_USER needs a companyId");
        }
    }

    /** A district administrator. */
    public static Caller districtAdmin(String username) {
        return new Caller(username, Role.DISTRICT_ADMIN, Set.of(), null, Set.of());
    }

    /** A district officer. */
    public static Caller districtOfficer(String username) {
        return new Caller(username, Role.DISTRICT_OFFICER, Set.of(), null, Set.of());
    }

    /** A street officer scoped to {@code streets}. */
    public static Caller streetOfficer(String username, String... streets) {
        return new Caller(username, Role.STREET_OFFICER, Set.of(streets), null, Set.of());
    }

    /** A user of the property-service company {@code companyId}. */
    public static Caller companyUser(String username, String companyId) {
        return new Caller(username, Role.COMPANY_USER, Set.of(), companyId, Set.of());
    }

    /** A hotline system that may push on {@code channels} ({@value #ALL_CHANNELS} for all). */
    public static Caller hotlineClient(String username, String... channels) {
        return new Caller(username, Role.HOTLINE_CLIENT, Set.of(), null, Set.of(channels));
    }

    /** A member of the public. */
    public static Caller publicUser(String username) {
        return new Caller(username, Role.PUBLIC, Set.of(), null, Set.of());
    }

    /** Staff of the district authority or a street office: admins, officers, street officers. */
    public boolean isStaff() {
        return role == Role.DISTRICT_ADMIN || role == Role.DISTRICT_OFFICER || role == Role.STREET_OFFICER;
    }

    /** District admins and officers: not scoped to any street or company. */
    public boolean seesAllStreets() {
        return role == Role.DISTRICT_ADMIN || role == Role.DISTRICT_OFFICER;
    }

    /**
     * Whether records of {@code street} (an estate's street, a complaint's estate's street) are visible: to district
     * admins and officers, and to a street officer for its own streets. Company users are scoped by company, not by
     * street ({@link #maySeeCompany}); hotline clients and the public see no street's records.
     */
    public boolean maySeeStreet(String street) {
        return seesAllStreets() || role == Role.STREET_OFFICER && street != null && streets.contains(street);
    }

    /**
     * Whether records of the company {@code companyId} (the company, its estates, complaints assigned to it) are
     * visible: to district admins and officers, and to that company's own users. A street officer reaches a
     * company's estates through {@link #maySeeStreet} on each estate's street.
     */
    public boolean maySeeCompany(String companyId) {
        return seesAllStreets() || role == Role.COMPANY_USER && companyId != null && companyId.equals(this.companyId);
    }

    /** Complainants' phone numbers in the clear: district admins and officers only; everyone else sees them masked. */
    public boolean maySeePhoneNumbers() {
        return seesAllStreets();
    }

    /**
     * Whether complaints may be pushed on {@code channel}: staff on any channel; a hotline client on the channels
     * it is bound to, or on all of them with {@value #ALL_CHANNELS}.
     */
    public boolean mayPushChannel(String channel) {
        if (isStaff()) {
            return true;
        }
        return role == Role.HOTLINE_CLIENT && channel != null
                && (channels.contains(ALL_CHANNELS) || channels.contains(channel));
    }
}
