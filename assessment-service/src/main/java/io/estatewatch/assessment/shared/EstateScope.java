package io.estatewatch.assessment.shared;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The records of estates a caller may list, for documents that keep their estate's {@code street} and
 * {@code companyId}: every one for district staff, a street officer's streets, a company user's company.
 */
public final class EstateScope {

    private EstateScope() {
    }

    public static Criteria of(Caller caller) {
        if (caller.seesAllStreets()) {
            return new Criteria();
        }
        if (caller.role() == Role.STREET_OFFICER) {
            return Criteria.where("street").in(caller.streets());
        }
        if (caller.role() == Role.COMPANY_USER) {
            return Criteria.where("companyId").is(caller.companyId());
        }
        // Nobody else sees estate records; the services refuse them before listing.
        return Criteria.where("_id").exists(false);
    }
}
