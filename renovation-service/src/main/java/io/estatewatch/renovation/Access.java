package io.estatewatch.renovation;

import io.estatewatch.servicekit.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with renovation work: district admins and officers plan and record it; street officers read the
 * projects of their own streets' estates; companies, hotline systems and the public see none of it.
 */
public final class Access {

    private Access() {
    }

    /** Planning, funding, scheduling and recording milestones. */
    public static void requireWriter(Caller caller) {
        if (!caller.seesAllStreets()) {
            throw new AccessDeniedException("Only district admins and officers record renovation work.");
        }
    }

    /** Reading programmes and (scoped) projects. */
    public static void requireReader(Caller caller) {
        if (!caller.isStaff()) {
            throw new AccessDeniedException("Renovation work is visible to district and street staff only.");
        }
    }
}
