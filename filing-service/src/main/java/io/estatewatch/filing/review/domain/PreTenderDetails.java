package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;

import java.time.LocalDate;
import java.util.List;

/**
 * 招标前备案: the developer (建设单位) files how it will tender for the preliminary property service. A public tender
 * names no bidders; an invited tender names at least three.
 */
public record PreTenderDetails(String developer, TenderMethod tenderMethod, List<String> invitedBidders,
                               LocalDate plannedTenderDate, String note) implements FilingDetails {

    static final int MIN_INVITED = 3;

    @Override
    public FilingType type() {
        return FilingType.PRE_TENDER;
    }

    @Override
    public FilingDetails checked(Problems problems) {
        String cleanDeveloper = problems.text("developer", developer, 100);
        problems.required("tenderMethod", tenderMethod);
        problems.required("plannedTenderDate", plannedTenderDate);
        List<String> bidders;
        if (tenderMethod == TenderMethod.INVITED) {
            bidders = problems.texts("invitedBidders", invitedBidders, MIN_INVITED, 100);
        } else {
            bidders = problems.texts("invitedBidders", invitedBidders, 0, 100);
            if (tenderMethod == TenderMethod.PUBLIC && !bidders.isEmpty()) {
                problems.add("invitedBidders", "must be empty for a public tender: only an invited tender names bidders");
            }
        }
        String cleanNote = problems.optionalText("note", note, 1_000);
        return problems.isEmpty()
                ? new PreTenderDetails(cleanDeveloper, tenderMethod, bidders, plannedTenderDate, cleanNote) : null;
    }
}
