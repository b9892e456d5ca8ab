package io.estatewatch.assessment.epidemic.domain;

import io.estatewatch.events.assessment.SuppliesDistributed;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;

/** An entry of the supplies ledger: a quantity of an item (masks, disinfectant, gloves…) handed to a company. */
public record SupplyDistribution(String id, String districtId, String companyId, String item, SupplyUnit unit,
                                 BigDecimal quantity, String note, String by, Instant at) {

    /**
     * @param countedIn the unit the item is counted in, or null when any unit goes
     * @throws InvalidInputException for a quantity not above 0 or a unit the item is not counted in
     */
    public static SupplyDistribution hand(String id, String districtId, String companyId, String item, SupplyUnit unit,
                                          SupplyUnit countedIn, BigDecimal quantity, String note, String by,
                                          Instant at) {
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("quantity", "must be more than 0, with at most two decimals");
        }
        if (countedIn != null && unit != countedIn) {
            throw InvalidInputException.of("unit", item + " is counted in " + countedIn);
        }
        return new SupplyDistribution(id, districtId, companyId, item, unit, quantity, note, by, at);
    }

    /** What the entry publishes. */
    public SuppliesDistributed event() {
        return new SuppliesDistributed(districtId, id, companyId, item, unit, quantity, at);
    }
}
