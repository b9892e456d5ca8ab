package io.estatewatch.reporting;

import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;

/**
 * Who reads which reports: district admins and officers everything; a street officer only its own streets (the
 * {@code street} filter is forced to them, another street is refused); a company user only its company's scorecard;
 * hotline systems and the public nothing here. Rebuilding projections is for district admins.
 */
public final class Access {

    private Access() {
    }

    /** The scope of a staff report, with the optional {@code street} filter and {@code district} tenant. */
    public static Scope reportScope(Caller caller, String street, String district) {
        String wanted = street == null || street.isBlank() ? null : street.trim();
        String tenant = district == null || district.isBlank() ? null : district.trim();
        if (caller.seesAllStreets()) {
            return new Scope(tenant, wanted == null ? null : Set.of(wanted), null);
        }
        if (caller.role() == Role.STREET_OFFICER) {
            if (wanted == null) {
                return new Scope(tenant, caller.streets(), null);
            }
            if (!caller.maySeeStreet(wanted)) {
                throw new AccessDeniedException("A street officer reads only the reports of its own streets.");
            }
            return new Scope(tenant, Set.of(wanted), null);
        }
        throw new AccessDeniedException("Reports are for district and street staff.");
    }

    /** The scope of scorecards: every company for district staff, its own for a company user. */
    public static Scope scorecardScope(Caller caller, String companyId, String district) {
        String tenant = district == null || district.isBlank() ? null : district.trim();
        String wanted = companyId == null || companyId.isBlank() ? null : companyId.trim();
        if (caller.seesAllStreets()) {
            return new Scope(tenant, null, wanted);
        }
        if (caller.role() == Role.COMPANY_USER) {
            if (wanted != null && !caller.maySeeCompany(wanted)) {
                throw new AccessDeniedException("A company user reads only its own company's scorecard.");
            }
            return new Scope(tenant, null, caller.companyId());
        }
        throw new AccessDeniedException("Company scorecards are for district staff and each company's own users.");
    }

    /** Rebuilding projections. */
    public static void requireAdmin(Caller caller) {
        if (caller.role() != Role.DISTRICT_ADMIN) {
            throw new AccessDeniedException("Only district admins rebuild projections.");
        }
    }
}
