package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.domain.RegisterChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 物业管理项目退出备案: the filing's company leaves the estate on {@code exitDate}, handing over the records (资料) and
 * the funds (资金) it kept to the successor (a registered company, when one is known). Approval takes the company off
 * the estate; it is approved only once both handovers are done.
 */
public record ProjectExitDetails(LocalDate exitDate, String successorCompanyId, Boolean recordsHandedOver,
                                 Boolean fundsHandedOver, String note) implements FilingDetails {

    @Override
    public FilingType type() {
        return FilingType.PROJECT_EXIT;
    }

    @Override
    public FilingDetails checked(Problems problems) {
        problems.required("exitDate", exitDate);
        problems.required("recordsHandedOver", recordsHandedOver);
        problems.required("fundsHandedOver", fundsHandedOver);
        String successor = problems.optionalText("successorCompanyId", successorCompanyId, 100);
        String cleanNote = problems.optionalText("note", note, 1_000);
        return problems.isEmpty()
                ? new ProjectExitDetails(exitDate, successor, recordsHandedOver, fundsHandedOver, cleanNote) : null;
    }

    /** Whether records and funds have both been handed over. */
    public boolean handoverComplete() {
        return Boolean.TRUE.equals(recordsHandedOver) && Boolean.TRUE.equals(fundsHandedOver);
    }

    @Override
    public Optional<RegisterChange> registerChange(String filingId, String companyId, Instant approvedAt) {
        return Optional.of(new RegisterChange.EndManagement(filingId, companyId, approvedAt));
    }
}
