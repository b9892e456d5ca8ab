package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.FundingSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Money from one source allocated to a project at a time. */
public record FundingAllocation(FundingSource source, BigDecimal amount, Instant at) {

    public FundingAllocation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
    }
}
