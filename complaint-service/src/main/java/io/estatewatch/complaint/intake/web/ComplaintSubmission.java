package io.estatewatch.complaint.intake.web;

import io.estatewatch.complaint.intake.domain.Submission;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * A complaint pushed by a hotline system or entered by staff. Codes are strings so that an unknown one is answered
 * with the allowed values, like every other invalid field, and a batch item can fail on its own.
 */
public record ComplaintSubmission(
        @Schema(description = "VISIT_CALL, CITIZEN_FORUM, CONDUCT_HOTLINE, MAYOR_HOTLINE, PEOPLE_DAILY_BOARD, "
                + "BUREAU_REFERRAL", example = "MAYOR_HOTLINE", requiredMode = Schema.RequiredMode.REQUIRED)
        String channel,
        @Schema(description = "The hotline system's ticket number; with channel the natural key (required for hotline "
                + "systems)", example = "12345-2022-000001")
        String externalId,
        @Schema(description = "When the hotline took it; default now; not in the future", example = "2022-03-01T09:30:00+08:00")
        OffsetDateTime receivedAt,
        @Schema(description = "The register's estate id; or give address") String estateId,
        @Schema(description = "Free text naming the estate; matched against the register's names and aliases; "
                + "unmatched complaints wait in the triage queue") String address,
        @Schema(description = "PARKING, CORRIDOR_CLUTTER, FEES, REPAIRS, SANITATION, SECURITY, GREENERY, ELEVATOR, "
                + "FIRE_SAFETY, EV_CHARGING, ILLEGAL_CONSTRUCTION, NOISE, SERVICE_ATTITUDE, OTHER", example = "PARKING",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String category,
        @Schema(description = "At most 4,000 characters", requiredMode = Schema.RequiredMode.REQUIRED) String description,
        Complainant complainant) {

    /** @param phone a mainland mobile (13800001234) or landline (0571-87654321) number */
    public record Complainant(String name, String phone) {
    }

    public Submission.Raw raw() {
        return new Submission.Raw(channel, externalId, receivedAt, estateId, address, category, description,
                complainant == null ? null : complainant.name(), complainant == null ? null : complainant.phone());
    }
}
