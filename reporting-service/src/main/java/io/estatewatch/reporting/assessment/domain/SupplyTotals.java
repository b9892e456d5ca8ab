package io.estatewatch.reporting.assessment.domain;

import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.time.domain.Window;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Supplies and outreach by the time they were handed out. Neither has a street: under a street scope they are left
 * out rather than shown as the district's.
 */
public final class SupplyTotals {

    /** The items of the reference district's supplies ledger: always reported, zero when none were handed out. */
    public static final Map<String, SupplyUnit> STANDARD_ITEMS = standardItems();

    private SupplyTotals() {
    }

    private static Map<String, SupplyUnit> standardItems() {
        Map<String, SupplyUnit> items = new LinkedHashMap<>();
        items.put("MASK", SupplyUnit.PIECE);
        items.put("DISINFECTANT", SupplyUnit.JIN);
        items.put("GLOVES", SupplyUnit.PAIR);
        return java.util.Collections.unmodifiableMap(items);
    }

    /** Quantities per item and unit, items in the order they were first handed out. */
    public static Map<String, Map<SupplyUnit, BigDecimal>> perItemAndUnit(Collection<SupplyRow> supplies,
                                                                          Window window, Scope scope) {
        Map<String, Map<SupplyUnit, BigDecimal>> totals = new LinkedHashMap<>();
        if (!scope.streetless()) {
            return totals;
        }
        supplies.stream()
                .filter(s -> window.counts(s.at()) && scope.district(s.districtId()) && scope.company(s.companyId())
                        && s.item() != null && s.quantity() != null)
                .sorted(Comparator.comparing(SupplyRow::at).thenComparing(SupplyRow::id))
                .forEach(s -> totals.computeIfAbsent(s.item(), k -> new LinkedHashMap<>())
                        .merge(s.unit(), s.quantity(), BigDecimal::add));
        return totals;
    }

    /**
     * One figure per item, in the unit it was first handed out in; a quantity of the same item in another unit gets a
     * key of its own, {@code ITEM_UNIT}, so that no quantities of different units are added up.
     */
    public static Map<String, BigDecimal> perItem(Map<String, Map<SupplyUnit, BigDecimal>> perItemAndUnit) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        STANDARD_ITEMS.forEach((item, unit) -> {
            if (!perItemAndUnit.containsKey(item)) {
                result.put(item, BigDecimal.ZERO);
            }
        });
        perItemAndUnit.forEach((item, units) -> {
            boolean first = true;
            for (Map.Entry<SupplyUnit, BigDecimal> unit : units.entrySet()) {
                result.put(first ? item : item + "_" + unit.getKey(), unit.getValue());
                first = false;
            }
        });
        return result;
    }

    /** Copies of the regulation handed out, per recipient type (all types, zero included). */
    public static Map<RecipientType, Long> outreach(Collection<OutreachRow> outreach, Window window, Scope scope) {
        Map<RecipientType, Long> copies = new EnumMap<>(RecipientType.class);
        for (RecipientType type : RecipientType.values()) {
            copies.put(type, 0L);
        }
        if (!scope.streetless() || scope.companyId() != null) {
            return copies;
        }
        outreach.stream()
                .filter(o -> window.counts(o.at()) && scope.district(o.districtId()) && o.recipientType() != null)
                .forEach(o -> copies.merge(o.recipientType(), (long) o.copies(), Long::sum));
        return copies;
    }

    public static long copies(Map<RecipientType, Long> outreach) {
        return outreach.values().stream().mapToLong(Long::longValue).sum();
    }

    public static List<RecipientType> recipients(Map<RecipientType, Long> outreach) {
        return outreach.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }
}
