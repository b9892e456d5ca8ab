package io.estatewatch.reporting.facts.domain;

import java.util.Set;

/**
 * Which facts a report may show: all of them, a district's, some streets' (a street officer's, or a {@code street}
 * filter), or one company's.
 *
 * @param districtId null for every district
 * @param streets    null for every street; otherwise only facts located in one of these streets
 * @param companyId  null for every company; otherwise only that company's facts
 */
public record Scope(String districtId, Set<String> streets, String companyId) {

    public Scope {
        streets = streets == null ? null : Set.copyOf(streets);
    }

    public static Scope everything() {
        return new Scope(null, null, null);
    }

    public Scope withCompany(String company) {
        return new Scope(districtId, streets, company);
    }

    public boolean allStreets() {
        return streets == null;
    }

    public boolean district(String district) {
        return districtId == null || districtId.equals(district);
    }

    /** Whether a fact located in {@code street} (null: unknown) is in scope. */
    public boolean street(String street) {
        return streets == null || street != null && streets.contains(street);
    }

    /** Whether a fact of {@code company} (null: unknown) is in scope. */
    public boolean company(String company) {
        return companyId == null || companyId.equals(company);
    }

    /** Whether facts that have no street (supplies, outreach) are in scope: only when no street is singled out. */
    public boolean streetless() {
        return streets == null;
    }
}
