package io.estatewatch.filing.review.web;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.FilingService.Counts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Filings per type: submitted, completed (approved) and rejected in the period, by the time of the submission or the
 * decision; in review and overdue now. Every type is listed, with 0 where there is none.
 */
public record CountsResponse(Period period, Map<FilingType, Long> submittedByType,
                             Map<FilingType, Long> completedByType, Map<FilingType, Long> rejectedByType,
                             Map<FilingType, Long> inReviewByType, Map<FilingType, Long> overdueByType,
                             Map<FilingType, String> labels) {

    /** The days of the period, both inclusive, in the district's zone. */
    public record Period(LocalDate from, LocalDate to) {
    }

    static CountsResponse of(LocalDate from, LocalDate to, Counts counts) {
        Map<FilingType, String> labels = new EnumMap<>(FilingType.class);
        for (FilingType type : FilingType.values()) {
            labels.put(type, type.labelZh());
        }
        return new CountsResponse(new Period(from, to), counts.submitted(), counts.completed(), counts.rejected(),
                counts.inReview(), counts.overdue(), labels);
    }
}
