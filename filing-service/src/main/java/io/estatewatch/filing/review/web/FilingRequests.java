package io.estatewatch.filing.review.web;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.domain.Decision;
import io.estatewatch.filing.review.domain.NegotiatedSelectionDetails;
import io.estatewatch.filing.review.domain.PreTenderDetails;
import io.estatewatch.filing.review.domain.PreliminaryContractDetails;
import io.estatewatch.filing.review.domain.ProjectExitDetails;
import io.estatewatch.filing.review.domain.ServiceGradeDetails;
import io.estatewatch.filing.review.domain.TakeoverInspectionDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;

/** The request bodies of the filing endpoints. The rules are the domain's, which names every problem at once. */
final class FilingRequests {

    private FilingRequests() {
    }

    @Schema(description = "A filing (备案) to submit for review")
    record SubmitRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FilingType type,
            @Schema(description = "The estate of the register the filing concerns",
                    requiredMode = Schema.RequiredMode.REQUIRED) String estateId,
            @Schema(description = "The company the filing concerns: required for NEGOTIATED_SELECTION (the approved "
                    + "company), TAKEOVER_INSPECTION, PRELIMINARY_CONTRACT and PROJECT_EXIT (the leaving company). A "
                    + "company user files in its own company's name (the default).") String companyId,
            @Schema(description = "When it was submitted; default now. May lie in the past (back-entry), not in the "
                    + "future.") OffsetDateTime submittedAt,
            @Schema(description = "The details of the type",
                    oneOf = {PreTenderDetails.class, NegotiatedSelectionDetails.class, TakeoverInspectionDetails.class,
                            ServiceGradeDetails.class, PreliminaryContractDetails.class, ProjectExitDetails.class})
            JsonNode details) {
    }

    @Schema(description = "A reviewer's decision on a submitted filing")
    record DecisionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Decision decision,
            @Schema(description = "Why; required to reject or return") String reason,
            @Schema(description = "What is missing (补正材料); required to return, refused otherwise")
            List<String> missingItems,
            @Schema(description = "When it was decided; default now. A filing counts as completed in the period of "
                    + "its approval's time.") OffsetDateTime at) {
    }

    @Schema(description = "A returned filing resubmitted with the missing material")
    record ResubmitRequest(
            @Schema(description = "Corrected details of the filing's type; absent keeps the details",
                    oneOf = {PreTenderDetails.class, NegotiatedSelectionDetails.class, TakeoverInspectionDetails.class,
                            ServiceGradeDetails.class, PreliminaryContractDetails.class, ProjectExitDetails.class})
            JsonNode details,
            @Schema(description = "When it was resubmitted; default now") OffsetDateTime at) {
    }
}
