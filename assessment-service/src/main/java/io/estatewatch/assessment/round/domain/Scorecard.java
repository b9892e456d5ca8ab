package io.estatewatch.assessment.round.domain;

import io.estatewatch.assessment.checklist.domain.ItemScore;
import io.estatewatch.assessment.register.Estate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An estate's scores in a round.
 *
 * @param estate    the estate as the register described it when it was scored (street, company)
 * @param mediaNote the media note of its exposure when it scored below the threshold, else null
 * @param followUp  the order and interview it was given when below the threshold, else null
 */
public record Scorecard(Estate estate, List<ItemScore> items, BigDecimal total, List<String> failedItems,
                        Instant scoredAt, String scoredBy, String mediaNote, FollowUp followUp) {

    public Scorecard {
        items = List.copyOf(items);
        failedItems = List.copyOf(failedItems);
    }

    public boolean exposed() {
        return followUp != null;
    }
}
