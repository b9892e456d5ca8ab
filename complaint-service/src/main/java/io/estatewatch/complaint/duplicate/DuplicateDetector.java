package io.estatewatch.complaint.duplicate;

import io.estatewatch.complaint.duplicate.domain.DuplicateRule;
import io.estatewatch.complaint.handling.persistence.ComplaintQueries;
import io.estatewatch.events.complaint.ComplaintCategory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Finds the open complaint a new one probably repeats ({@link DuplicateRule}). */
@Component
public class DuplicateDetector {

    private final ComplaintQueries queries;
    private final DuplicateRule rule;

    public DuplicateDetector(ComplaintQueries queries, DuplicateSettings settings) {
        this.queries = queries;
        this.rule = new DuplicateRule(settings.window());
    }

    /** Empty without a phone number or a known estate: nothing to compare by. */
    public Optional<String> originalOf(String districtId, String phoneHash, String estateId, ComplaintCategory category,
                                       Instant receivedAt) {
        if (phoneHash == null || estateId == null) {
            return Optional.empty();
        }
        return rule.originalOf(receivedAt, queries.duplicateCandidates(districtId, phoneHash, estateId, category,
                        rule.from(receivedAt), rule.to(receivedAt)).stream()
                .map(doc -> new DuplicateRule.Candidate(doc.getId(), doc.getReceivedAt(), doc.getProbableDuplicateOf()))
                .toList());
    }
}
