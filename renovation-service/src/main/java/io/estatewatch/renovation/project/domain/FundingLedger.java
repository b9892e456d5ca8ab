package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.servicekit.error.ConflictException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money allocated to one project, source by source (资金来源). The total never exceeds the project's budget;
 * central subsidy goes only to projects that were planned with it.
 */
public final class FundingLedger {

    private final List<FundingAllocation> allocations;

    private FundingLedger(List<FundingAllocation> allocations) {
        this.allocations = new ArrayList<>(allocations);
    }

    public static FundingLedger empty() {
        return new FundingLedger(List.of());
    }

    public static FundingLedger of(List<FundingAllocation> allocations) {
        return new FundingLedger(allocations);
    }

    /**
     * Records an allocation.
     *
     * @param budget         the project's budget, or null when it was planned without one (then nothing caps the total)
     * @param centralSubsidy whether the project is in the central fiscal subsidy (中央财政资金奖补)
     */
    FundingAllocation allocate(FundingSource source, BigDecimal amount, Instant at, BigDecimal budget,
                               boolean centralSubsidy) {
        BigDecimal money = Money.positive("amount", amount);
        if (source == FundingSource.CENTRAL_SUBSIDY && !centralSubsidy) {
            throw new ConflictException("The project was not planned with the central fiscal subsidy, so it cannot "
                    + "receive money from source CENTRAL_SUBSIDY.", Map.of("centralSubsidy", false));
        }
        BigDecimal after = total().add(money);
        if (budget != null && after.compareTo(budget) > 0) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("budget", budget);
            state.put("allocated", total());
            state.put("remaining", budget.subtract(total()));
            throw new ConflictException("Allocating " + money.toPlainString() + " would bring the project's funding to "
                    + after.toPlainString() + ", above its budget of " + budget.toPlainString() + "; "
                    + budget.subtract(total()).toPlainString() + " remains to be allocated.", state);
        }
        FundingAllocation allocation = new FundingAllocation(source, money, at);
        allocations.add(allocation);
        return allocation;
    }

    public BigDecimal total() {
        return allocations.stream().map(FundingAllocation::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The total per source, in the order of {@link FundingSource}; sources without money are left out. */
    public Map<FundingSource, BigDecimal> bySource() {
        Map<FundingSource, BigDecimal> totals = new EnumMap<>(FundingSource.class);
        allocations.forEach(a -> totals.merge(a.source(), a.amount(), BigDecimal::add));
        return totals;
    }

    /** What is left to allocate, when the project has a budget. */
    public Optional<BigDecimal> remaining(BigDecimal budget) {
        return Optional.ofNullable(budget).map(b -> b.subtract(total()));
    }

    public List<FundingAllocation> allocations() {
        return Collections.unmodifiableList(allocations);
    }
}
