package io.estatewatch.assessment.round.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a round was opened with.
 *
 * @param checklistId the checklist version it scores against ({@code civilised-city-v1}), kept for the round's life
 * @param threshold   an estate scoring below this is exposed and followed up
 * @param streets     the scope: the urban streets and the towns around them (empty when the estates were listed)
 * @param closesAt    when scoring is planned to end, or null
 */
public record RoundPlan(String id, String districtId, String name, String checklistId, BigDecimal threshold,
                        List<String> streets, List<String> estateIds, List<String> inspectors, Instant openedAt,
                        Instant closesAt) {

    public RoundPlan {
        streets = streets == null ? List.of() : List.copyOf(streets);
        estateIds = List.copyOf(estateIds);
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
    }
}
