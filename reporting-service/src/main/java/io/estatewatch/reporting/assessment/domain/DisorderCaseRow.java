package io.estatewatch.reporting.assessment.domain;

import io.estatewatch.events.assessment.DisorderStep;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A case of one of the ten disorders (十乱): the steps it went through and when it was closed. */
public record DisorderCaseRow(String id, String districtId, String estateId, String disorderType,
                              List<StepReached> steps, Instant closedAt) {

    public DisorderCaseRow {
        steps = steps == null ? List.of() : steps.stream().sorted(Comparator.comparing(StepReached::at)).toList();
    }

    public record StepReached(DisorderStep step, Instant at) {
    }

    public Optional<Instant> openedAt() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0).at());
    }

    /** The step the case stood at at {@code moment}. */
    public Optional<DisorderStep> stepAt(Instant moment) {
        DisorderStep current = null;
        for (StepReached reached : steps) {
            if (!reached.at().isAfter(moment)) {
                current = reached.step();
            }
        }
        return Optional.ofNullable(current);
    }

    /** Whether the case had reached {@code step} by {@code moment}. */
    public boolean reached(DisorderStep step, Instant moment) {
        return steps.stream().anyMatch(s -> s.step() == step && !s.at().isAfter(moment));
    }

    public boolean closedBy(Instant moment) {
        return closedAt != null && !closedAt.isAfter(moment);
    }
}
