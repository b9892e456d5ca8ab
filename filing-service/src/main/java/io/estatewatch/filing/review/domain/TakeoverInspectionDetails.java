package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;

import java.time.LocalDate;
import java.util.List;

/**
 * 新建住宅小区物业承接查验: the company taking over a new estate inspects it with the developer, lists what it checked
 * and the defects found, and the day the estate was handed over.
 */
public record TakeoverInspectionDetails(LocalDate inspectionDate, List<String> itemsChecked, List<String> defects,
                                        LocalDate handoverDate) implements FilingDetails {

    @Override
    public FilingType type() {
        return FilingType.TAKEOVER_INSPECTION;
    }

    @Override
    public FilingDetails checked(Problems problems) {
        problems.required("inspectionDate", inspectionDate);
        problems.required("handoverDate", handoverDate);
        List<String> items = problems.texts("itemsChecked", itemsChecked, 1, 200);
        List<String> found = problems.texts("defects", defects, 0, 500);
        if (inspectionDate != null && handoverDate != null && handoverDate.isBefore(inspectionDate)) {
            problems.add("handoverDate", "must not be before the inspection date");
        }
        return problems.isEmpty() ? new TakeoverInspectionDetails(inspectionDate, items, found, handoverDate) : null;
    }
}
