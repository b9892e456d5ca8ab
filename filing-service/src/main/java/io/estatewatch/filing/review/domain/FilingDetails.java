package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.domain.RegisterChange;

import java.time.Instant;
import java.util.Optional;

/**
 * The type-specific content of a filing. Each type checks its own fields ({@link #checked}) and says what its
 * approval does to the register ({@link #registerChange}).
 */
public sealed interface FilingDetails permits PreTenderDetails, NegotiatedSelectionDetails,
        TakeoverInspectionDetails, ServiceGradeDetails, PreliminaryContractDetails, ProjectExitDetails {

    FilingType type();

    /**
     * The details cleaned, with every problem added to {@code problems} (fields are relative to {@code details});
     * null when there is a problem.
     */
    FilingDetails checked(Problems problems);

    /** What approving a filing with these details does to the estate's register entry, if anything. */
    default Optional<RegisterChange> registerChange(String filingId, String companyId, Instant approvedAt) {
        return Optional.empty();
    }

    /** The record type that holds the details of {@code type}. */
    static Class<? extends FilingDetails> classOf(FilingType type) {
        return switch (type) {
            case PRE_TENDER -> PreTenderDetails.class;
            case NEGOTIATED_SELECTION -> NegotiatedSelectionDetails.class;
            case TAKEOVER_INSPECTION -> TakeoverInspectionDetails.class;
            case SERVICE_GRADE -> ServiceGradeDetails.class;
            case PRELIMINARY_CONTRACT -> PreliminaryContractDetails.class;
            case PROJECT_EXIT -> ProjectExitDetails.class;
        };
    }

    /** Whether a filing of {@code type} must name the company it concerns. */
    static boolean namesCompany(FilingType type) {
        return switch (type) {
            case NEGOTIATED_SELECTION, TAKEOVER_INSPECTION, PRELIMINARY_CONTRACT, PROJECT_EXIT -> true;
            case PRE_TENDER, SERVICE_GRADE -> false;
        };
    }
}
