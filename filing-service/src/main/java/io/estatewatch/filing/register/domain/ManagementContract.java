package io.estatewatch.filing.register.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The preliminary property-service contract (前期物业服务合同) in force on an estate, as its approved filing put it.
 *
 * @param termEnd the last day of the term, inclusive
 */
public record ManagementContract(String filingId, String companyId, LocalDate termStart, LocalDate termEnd) {

    public ManagementContract {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(termEnd, "termEnd");
    }

    /** Whether the contract still runs on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !day.isAfter(termEnd);
    }
}
