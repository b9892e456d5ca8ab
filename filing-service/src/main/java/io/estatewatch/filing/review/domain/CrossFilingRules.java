package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.register.domain.Estate;
import io.estatewatch.filing.register.domain.ManagementContract;
import io.estatewatch.servicekit.error.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that tie a filing to the estate's register entry and to the estate's other filings. A broken rule is a
 * 409 whose problem names the {@code rule} (and what it found), checked when a filing is submitted and again when it
 * is approved, as the register may have changed in between.
 *
 * <ul>
 * <li>{@code PRE_TENDER_REQUIRED}: a negotiated selection needs an earlier pre-tender filing of the estate that was
 *     not rejected; it is approved only once that pre-tender filing is.</li>
 * <li>{@code ACTIVE_CONTRACT}: a preliminary contract on an estate that already has one in force on the new term's
 *     first day, or another one in review, is refused.</li>
 * <li>{@code NOT_MANAGED_BY_COMPANY}: an exit needs the estate to be managed by the exiting company.</li>
 * <li>{@code HANDOVER_INCOMPLETE}: an exit is approved only once records and funds are handed over.</li>
 * </ul>
 */
public final class CrossFilingRules {

    private CrossFilingRules() {
    }

    /** Checks a new filing against the estate and its other filings. */
    public static void checkSubmission(FilingType type, String companyId, FilingDetails details, Instant submittedAt,
                                       Estate estate, List<PriorFiling> others) {
        switch (type) {
            case NEGOTIATED_SELECTION -> {
                boolean preTender = others.stream().anyMatch(other -> other.type() == FilingType.PRE_TENDER
                        && other.status() != FilingStatus.REJECTED && !other.submittedAt().isAfter(submittedAt));
                if (!preTender) {
                    throw broken("PRE_TENDER_REQUIRED", "A negotiated selection needs an earlier pre-tender filing "
                            + "(招标前备案) of estate " + estate.id() + " that was not rejected.", Map.of());
                }
            }
            case PRELIMINARY_CONTRACT -> {
                Optional<PriorFiling> inReview = others.stream()
                        .filter(other -> other.type() == FilingType.PRELIMINARY_CONTRACT && other.status().inReview())
                        .findFirst();
                if (inReview.isPresent()) {
                    throw broken("ACTIVE_CONTRACT", "Estate " + estate.id() + " already has a preliminary contract "
                            + "filing in review.", Map.of("activeFilingId", inReview.get().id()));
                }
                requireNoContractInForce(estate, (PreliminaryContractDetails) details, null);
            }
            case PROJECT_EXIT -> requireManagedBy(estate, companyId);
            default -> {
            }
        }
    }

    /** Checks a submitted filing again before it is approved. */
    public static void checkApproval(Filing filing, Estate estate, List<PriorFiling> others) {
        FilingType type = filing.facts().type();
        switch (type) {
            case NEGOTIATED_SELECTION -> {
                Optional<PriorFiling> approved = others.stream()
                        .filter(other -> other.type() == FilingType.PRE_TENDER
                                && other.status() == FilingStatus.APPROVED
                                && !other.submittedAt().isAfter(filing.facts().submittedAt()))
                        .max(Comparator.comparing(PriorFiling::submittedAt));
                if (approved.isEmpty()) {
                    throw broken("PRE_TENDER_REQUIRED", "A negotiated selection is approved only after the estate's "
                            + "earlier pre-tender filing (招标前备案) was approved.", Map.of());
                }
            }
            case PRELIMINARY_CONTRACT ->
                    requireNoContractInForce(estate, (PreliminaryContractDetails) filing.details(), filing.id());
            case PROJECT_EXIT -> {
                requireManagedBy(estate, filing.facts().companyId());
                if (!((ProjectExitDetails) filing.details()).handoverComplete()) {
                    throw broken("HANDOVER_INCOMPLETE", "An exit is approved only once the records and the funds are "
                            + "handed over; return the filing for correction instead.", Map.of());
                }
            }
            default -> {
            }
        }
    }

    private static void requireNoContractInForce(Estate estate, PreliminaryContractDetails details, String self) {
        LocalDate termStart = details.termStart();
        Optional<ManagementContract> running = estate.contractInForceOn(termStart)
                .filter(contract -> !contract.filingId().equals(self));
        if (running.isPresent()) {
            throw broken("ACTIVE_CONTRACT", "Estate " + estate.id() + " has a preliminary contract in force until "
                    + running.get().termEnd() + ".", Map.of("activeFilingId", running.get().filingId(),
                    "activeUntil", running.get().termEnd().toString()));
        }
    }

    private static void requireManagedBy(Estate estate, String companyId) {
        if (!estate.isManagedBy(companyId)) {
            Map<String, Object> found = new LinkedHashMap<>();
            found.put("currentCompanyId", estate.companyId() == null ? "" : estate.companyId());
            throw broken("NOT_MANAGED_BY_COMPANY", "An exit needs estate " + estate.id() + " to be managed by company "
                    + companyId + ".", found);
        }
    }

    private static ConflictException broken(String rule, String detail, Map<String, ?> found) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rule", rule);
        properties.putAll(found);
        return new ConflictException(detail, properties);
    }
}
