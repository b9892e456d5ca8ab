package io.estatewatch.filing.store;

import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.Set;

/**
 * What part of the register and the filings a caller may read: every street, some streets (a street officer), or one
 * company's (a company user).
 *
 * @param streets   null for every street
 * @param companyId null for every company
 */
public record Scope(Set<String> streets, String companyId) {

    public static Scope of(Caller caller) {
        if (caller.seesAllStreets()) {
            return new Scope(null, null);
        }
        if (caller.isStaff()) {
            return new Scope(caller.streets(), null);
        }
        return new Scope(null, caller.companyId() == null ? "" : caller.companyId());
    }

    /** The condition on a document's {@code street} and {@code companyId} fields; null for no condition. */
    public Criteria criteria() {
        if (streets != null) {
            return Criteria.where("street").in(streets);
        }
        if (companyId != null) {
            return Criteria.where("companyId").is(companyId);
        }
        return null;
    }

    /** Whether a record of {@code street} and {@code company} is in scope. */
    public boolean covers(String street, String company) {
        if (streets != null) {
            return street != null && streets.contains(street);
        }
        if (companyId != null) {
            return companyId.equals(company);
        }
        return true;
    }
}
