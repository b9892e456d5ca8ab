package io.estatewatch.filing;

import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what: district admins and officers keep the register and review filings; street officers read the
 * register and filings of their own streets; a company user reads its company, the estates it manages and its own
 * filings, and submits filings in its company's name. Hotline systems and the public see none of it.
 */
public final class Access {

    private Access() {
    }

    /** Registering and changing companies and estates, importing, deciding on filings. */
    public static void requireDistrictStaff(Caller caller) {
        if (!caller.seesAllStreets()) {
            throw new AccessDeniedException("Only district admins and officers keep the register and review filings.");
        }
    }

    /** Reading the register and filings, each scoped by {@link Caller#maySeeStreet} or {@link Caller#maySeeCompany}. */
    public static void requireReader(Caller caller) {
        if (!caller.isStaff() && !isCompanyUser(caller)) {
            throw new AccessDeniedException("The register and filings are visible to district, street and company staff only.");
        }
    }

    /** Submitting and resubmitting filings: district staff for anyone, a company user in its own company's name. */
    public static void requireApplicant(Caller caller, String companyId) {
        if (caller.seesAllStreets()) {
            return;
        }
        if (isCompanyUser(caller) && companyId != null && companyId.equals(caller.companyId())) {
            return;
        }
        throw new AccessDeniedException(isCompanyUser(caller)
                ? "A company user files in its own company's name only."
                : "Only district admins, officers and property companies submit filings.");
    }

    public static boolean isCompanyUser(Caller caller) {
        return caller.role() == Role.COMPANY_USER;
    }
}
