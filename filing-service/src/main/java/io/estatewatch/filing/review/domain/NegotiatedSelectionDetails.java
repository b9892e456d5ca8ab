package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.domain.RegisterChange;

import java.time.Instant;
import java.util.Optional;

/**
 * 流标后批准协议选聘前期物业: after a failed tender (or for a small estate) the developer asks to choose the filing's
 * company by negotiation. Approval puts that company on the estate.
 *
 * @param bidderCount how many bidders the failed tender had; required (0 to 2) with {@code FEWER_THAN_THREE_BIDDERS}
 */
public record NegotiatedSelectionDetails(SelectionReason reason, Integer bidderCount, String note)
        implements FilingDetails {

    @Override
    public FilingType type() {
        return FilingType.NEGOTIATED_SELECTION;
    }

    @Override
    public FilingDetails checked(Problems problems) {
        problems.required("reason", reason);
        if (reason == SelectionReason.FEWER_THAN_THREE_BIDDERS) {
            problems.number("bidderCount", bidderCount, 0, 2);
        } else if (bidderCount != null && bidderCount < 0) {
            problems.add("bidderCount", "must not be negative");
        }
        String cleanNote = problems.optionalText("note", note, 1_000);
        return problems.isEmpty() ? new NegotiatedSelectionDetails(reason, bidderCount, cleanNote) : null;
    }

    @Override
    public Optional<RegisterChange> registerChange(String filingId, String companyId, Instant approvedAt) {
        return Optional.of(new RegisterChange.AssignManagement(filingId, companyId, null, approvedAt));
    }
}
