package io.estatewatch.assessment;

import io.estatewatch.assessment.register.Estate;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the supervision work.
 *
 * <ul>
 *   <li>District admins and officers: everything.</li>
 *   <li>Street officers: the records of the estates of their own streets (scoring them in a round, inspections,
 *       disorder cases, epidemic checks, re-inspections, interviews).</li>
 *   <li>Company users: the records of the estates their company manages (disorder cases, epidemic checks, their
 *       orders and interviews), and published results.</li>
 *   <li>The public: published assessment results only.</li>
 *   <li>Hotline systems: nothing here.</li>
 * </ul>
 */
public final class Access {

    private Access() {
    }

    /** Opening rounds, publishing, checklists, supplies, outreach. */
    public static void requireDistrict(Caller caller) {
        if (!caller.seesAllStreets()) {
            throw new AccessDeniedException("Only district admins and officers may do this.");
        }
    }

    /** District and street staff. */
    public static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new AccessDeniedException("Only district and street staff may do this.");
        }
    }

    /** Anyone but a hotline system: checklists and published results are for everyone. */
    public static void requireReader(Caller caller) {
        if (caller.role() == Role.HOTLINE_CLIENT) {
            throw new AccessDeniedException("Hotline systems have no access to assessments.");
        }
    }

    /** Staff and company users: the records of estates (each then scoped with {@link #mayTouch}). */
    public static void requireEstateParty(Caller caller) {
        if (!caller.isStaff() && caller.role() != Role.COMPANY_USER) {
            throw new AccessDeniedException("Only staff and property companies may see estate records.");
        }
    }

    /**
     * Whether the caller may see and record the estate's supervision records: district staff any estate, a street
     * officer those of its streets, a company user those its company manages.
     */
    public static boolean mayTouch(Caller caller, Estate estate) {
        return mayTouch(caller, estate.street(), estate.companyId());
    }

    /** {@link #mayTouch(Caller, Estate)} for a record that keeps its estate's street and company. */
    public static boolean mayTouch(Caller caller, String street, String companyId) {
        return caller.seesAllStreets()
                || caller.role() == Role.STREET_OFFICER && caller.maySeeStreet(street)
                || caller.role() == Role.COMPANY_USER && caller.maySeeCompany(companyId);
    }

    /** Staff only (no companies) for an estate of the street: scoring, re-inspections, interviews. */
    public static void requireStaffFor(Caller caller, String street) {
        requireStaff(caller);
        if (!caller.maySeeStreet(street)) {
            throw new AccessDeniedException("Street officers act on the estates of their own streets only.");
        }
    }

    public static void requireStaffFor(Caller caller, Estate estate) {
        requireStaffFor(caller, estate.street());
    }

    /** Staff or the managing company for an estate of that street and company. */
    public static void requirePartyFor(Caller caller, String street, String companyId) {
        requireEstateParty(caller);
        if (!mayTouch(caller, street, companyId)) {
            throw new AccessDeniedException("The estate is outside the caller's streets or company.");
        }
    }

    public static void requirePartyFor(Caller caller, Estate estate) {
        requirePartyFor(caller, estate.street(), estate.companyId());
    }
}
