package io.estatewatch.filing.review;

import io.estatewatch.filing.register.EstateService;
import io.estatewatch.filing.register.domain.RegisterChange;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.persistence.FilingDocument;
import io.estatewatch.filing.review.persistence.FilingStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Carries an approved filing's change over to its estate: the second of the two writes an approval makes. The filing
 * is written first, approved and marked {@code registerChangePending}; then the estate takes the change under the
 * condition that it has not taken it yet; then the mark is cleared. A crash anywhere in between leaves the mark, and
 * {@link #sweep()} completes the change later: nothing is lost, nothing is applied or published twice.
 */
@Component
public class RegisterEffects {

    private static final Logger log = LoggerFactory.getLogger(RegisterEffects.class);
    private static final int SWEEP_BATCH = 100;

    private final FilingStore filings;
    private final EstateService estates;

    public RegisterEffects(FilingStore filings, EstateService estates) {
        this.filings = filings;
        this.estates = estates;
    }

    /** Applies the approved filing's register change to its estate, if it has one, and clears the mark. */
    public void apply(Filing filing) {
        Optional<RegisterChange> change = filing.registerChange();
        if (change.isEmpty()) {
            return;
        }
        if (!estates.apply(filing.facts().estateId(), change.get())) {
            log.warn("Filing {} was approved for estate {}, which is not in the register; nothing to change",
                    filing.id(), filing.facts().estateId());
        }
        filings.registerChangeApplied(filing.id());
    }

    /**
     * Applies the change right after the approval was written. The approval stands whatever happens here: a failure
     * leaves the mark, and the sweep completes the change.
     */
    public void applyNow(Filing filing) {
        try {
            apply(filing);
        } catch (RuntimeException e) {
            log.warn("The register change of filing {} failed; the sweep completes it: {}", filing.id(), e.toString());
        }
    }

    /** Completes the register changes that an interrupted approval left pending. */
    @Scheduled(fixedDelayString = "${estatewatch.filing.register-sweep-interval:10s}",
            initialDelayString = "${estatewatch.filing.register-sweep-interval:10s}")
    public void sweep() {
        for (FilingDocument pending : filings.pendingRegisterChanges(SWEEP_BATCH)) {
            try {
                apply(filings.toDomain(pending));
            } catch (RuntimeException e) {
                log.warn("The register change of filing {} failed; the next sweep retries it: {}", pending.getId(),
                        e.toString());
            }
        }
    }
}
