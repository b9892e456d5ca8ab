package io.estatewatch.filing.register.domain;

import io.estatewatch.events.register.ServiceGrade;

import java.time.Instant;
import java.util.Objects;

/**
 * What an approved filing does to an estate's register entry. Each is applied to the estate once: the estate
 * remembers the filings it applied, so a repeated application (after a crash, by the sweeper) changes nothing.
 */
public sealed interface RegisterChange {

    /** The approved filing. */
    String filingId();

    /** When the filing was approved: the register changed then. */
    Instant at();

    /** A negotiated selection or a preliminary contract puts the company on the estate. */
    record AssignManagement(String filingId, String companyId, ManagementContract contract, Instant at)
            implements RegisterChange {
        public AssignManagement {
            Objects.requireNonNull(companyId, "companyId");
        }
    }

    /** An exit takes the company off the estate. */
    record EndManagement(String filingId, String companyId, Instant at) implements RegisterChange {
        public EndManagement {
            Objects.requireNonNull(companyId, "companyId");
        }
    }

    /** A grade rating sets the estate's service grade. */
    record SetServiceGrade(String filingId, ServiceGrade grade, Instant at) implements RegisterChange {
        public SetServiceGrade {
            Objects.requireNonNull(grade, "grade");
        }
    }
}
