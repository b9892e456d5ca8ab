package io.estatewatch.assessment.epidemic.domain;

import io.estatewatch.assessment.shared.domain.Decimals;
import io.estatewatch.events.assessment.SupplyUnit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How much of an item, in one unit, was handed out; the ledger's totals per item and unit. */
public record SupplyTotal(String item, SupplyUnit unit, BigDecimal quantity, int distributions) {

    /** The totals of the entries, per item and unit, in the order the items first appear. */
    public static List<SupplyTotal> of(Collection<SupplyDistribution> entries) {
        Map<List<Object>, SupplyTotal> totals = new LinkedHashMap<>();
        for (SupplyDistribution entry : entries) {
            totals.merge(List.of(entry.item(), entry.unit()),
                    new SupplyTotal(entry.item(), entry.unit(), entry.quantity(), 1),
                    (sum, one) -> new SupplyTotal(sum.item, sum.unit, sum.quantity.add(one.quantity),
                            sum.distributions + 1));
        }
        return totals.values().stream().map(total -> new SupplyTotal(total.item, total.unit,
                Decimals.normalise(total.quantity), total.distributions)).toList();
    }
}
