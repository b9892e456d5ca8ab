package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.domain.ManagementContract;
import io.estatewatch.filing.register.domain.RegisterChange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 前期物业服务合同备案: the preliminary contract between the developer and the filing's company, its term and the
 * monthly fee per m² of floor area (元/m²·月). Approval puts the company on the estate under this contract.
 *
 * @param termEnd the last day of the term, inclusive
 */
public record PreliminaryContractDetails(LocalDate termStart, LocalDate termEnd, BigDecimal monthlyFeePerM2,
                                         LocalDate signedOn) implements FilingDetails {

    static final BigDecimal MAX_FEE = new BigDecimal("100");

    @Override
    public FilingType type() {
        return FilingType.PRELIMINARY_CONTRACT;
    }

    @Override
    public FilingDetails checked(Problems problems) {
        problems.required("termStart", termStart);
        problems.required("termEnd", termEnd);
        if (termStart != null && termEnd != null && !termEnd.isAfter(termStart)) {
            problems.add("termEnd", "must be after the start of the term");
        }
        if (problems.required("monthlyFeePerM2", monthlyFeePerM2) != null) {
            if (monthlyFeePerM2.signum() <= 0 || monthlyFeePerM2.compareTo(MAX_FEE) > 0) {
                problems.add("monthlyFeePerM2", "must be more than 0 and at most 100 yuan per m² a month");
            } else if (monthlyFeePerM2.stripTrailingZeros().scale() > 2) {
                problems.add("monthlyFeePerM2", "must be in yuan to the fen (at most 2 decimals)");
            }
        }
        if (signedOn != null && termEnd != null && signedOn.isAfter(termEnd)) {
            problems.add("signedOn", "must not be after the end of the term");
        }
        return problems.isEmpty() ? this : null;
    }

    @Override
    public Optional<RegisterChange> registerChange(String filingId, String companyId, Instant approvedAt) {
        return Optional.of(new RegisterChange.AssignManagement(filingId, companyId,
                new ManagementContract(filingId, companyId, termStart, termEnd), approvedAt));
    }
}
