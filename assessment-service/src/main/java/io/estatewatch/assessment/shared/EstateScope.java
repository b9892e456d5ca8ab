package io.estatewatch.assessment.shared;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The records of estates a caller may list, for documents that keep their estate as {@code estate}
 * ({@link io.estatewatch.assessment.shared.domain.EstateParties}): every one for district staff, a street officer's
 * streets, a company user's company.
 */
public final class EstateScope {

    public static final String ESTATE_ID = "estate.estateId";
    public static final String STREET = "estate.street";
    public static final String COMPANY = "estate.companyId";

    private EstateScope() {
    }

    public static Criteria of(Caller caller) {
        return of(caller, "");
    }

    /** The scope for documents that keep the estate under {@code prefix} ({@code fact.} for recorded facts). */
    public static Criteria of(Caller caller, String prefix) {
        if (caller.seesAllStreets()) {
            return new Criteria();
        }
        if (caller.role() == Role.STREET_OFFICER) {
            return Criteria.where(prefix + STREET).in(caller.streets());
        }
        if (caller.role() == Role.COMPANY_USER) {
            return Criteria.where(prefix + COMPANY).is(caller.companyId());
        }
        // Nobody else sees estate records; the services refuse them before listing.
        return Criteria.where("_id").exists(false);
    }
}
