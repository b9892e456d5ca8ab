package io.estatewatch.assessment.outreach.domain;

import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.RegulationCopiesDistributed;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Copies of the municipal property-management regulation handed out (法律法规宣贯) to towns and streets, companies or
 * owners.
 */
public record RegulationDistribution(String id, String districtId, RecipientType recipientType, String recipient,
                                     int copies, String note, String by, Instant at) {

    /** @throws InvalidInputException when fewer than one copy was handed out */
    public RegulationDistribution {
        if (copies < 1) {
            throw InvalidInputException.of("copies", "must be at least 1");
        }
    }

    /** What the handout publishes. */
    public RegulationCopiesDistributed event() {
        return new RegulationCopiesDistributed(districtId, id, recipientType, copies, at);
    }

    /** Copies per recipient type, every type present (0 where none went). */
    public static Map<RecipientType, Integer> copiesByRecipientType(Collection<RegulationDistribution> distributions) {
        Map<RecipientType, Integer> copies = new EnumMap<>(RecipientType.class);
        for (RecipientType type : RecipientType.values()) {
            copies.put(type, 0);
        }
        distributions.forEach(d -> copies.merge(d.recipientType(), d.copies(), Integer::sum));
        return copies;
    }
}
