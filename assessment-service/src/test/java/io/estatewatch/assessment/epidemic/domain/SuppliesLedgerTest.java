package io.estatewatch.assessment.epidemic.domain;

import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppliesLedgerTest {

    static final Instant AT = Instant.parse("2022-02-10T01:00:00Z");

    @Test
    void totalsAddUpPerItemAndUnit() {
        List<SupplyTotal> totals = SupplyTotal.of(List.of(entry("MASK", SupplyUnit.PIECE, "3000"),
                entry("DISINFECTANT", SupplyUnit.JIN, "400.5"), entry("MASK", SupplyUnit.PIECE, "2000"),
                entry("DISINFECTANT", SupplyUnit.JIN, "599.50"), entry("GLOVES", SupplyUnit.PAIR, "200")));

        assertThat(totals).containsExactly(
                new SupplyTotal("MASK", SupplyUnit.PIECE, new BigDecimal("5000"), 2),
                new SupplyTotal("DISINFECTANT", SupplyUnit.JIN, new BigDecimal("1000"), 2),
                new SupplyTotal("GLOVES", SupplyUnit.PAIR, new BigDecimal("200"), 1));
    }

    @Test
    void anItemIsCountedInItsOwnUnit() {
        assertThatThrownBy(() -> SupplyDistribution.hand("s1", "d1", "c1", "MASK", SupplyUnit.JIN, SupplyUnit.PIECE,
                BigDecimal.TEN, null, "admin", AT)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nothingOrLessIsNoHandover() {
        assertThatThrownBy(() -> SupplyDistribution.hand("s1", "d1", "c1", "MASK", SupplyUnit.PIECE, SupplyUnit.PIECE,
                BigDecimal.ZERO, null, "admin", AT)).isInstanceOf(InvalidInputException.class);
    }

    static SupplyDistribution entry(String item, SupplyUnit unit, String quantity) {
        SupplyDistribution entry = SupplyDistribution.hand("s-" + item + quantity, "d1", "c1", item, unit, unit,
                new BigDecimal(quantity), null, "admin", AT);
        assertThat(entry.event().quantity()).isEqualByComparingTo(quantity);
        return entry;
    }
}
