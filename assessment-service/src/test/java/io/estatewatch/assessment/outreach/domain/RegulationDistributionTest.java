package io.estatewatch.assessment.outreach.domain;

import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.RegulationCopiesDistributed;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegulationDistributionTest {

    static final Instant AT = Instant.parse("2022-03-15T01:00:00Z");

    @Test
    void copiesAreCountedPerRecipientTypeEveryTypeShown() {
        List<RegulationDistribution> handouts = List.of(
                new RegulationDistribution("o1", "d1", RecipientType.COMPANY, "绿城物业", 40, null, "admin", AT),
                new RegulationDistribution("o2", "d1", RecipientType.COMPANY, null, 40, null, "admin", AT),
                new RegulationDistribution("o3", "d1", RecipientType.STREET, "新华街道", 20, null, "admin", AT));

        assertThat(RegulationDistribution.copiesByRecipientType(handouts)).isEqualTo(Map.of(
                RecipientType.STREET, 20, RecipientType.COMPANY, 80, RecipientType.OWNER, 0));
        assertThat(handouts.get(0).event()).isEqualTo(
                new RegulationCopiesDistributed("d1", "o1", RecipientType.COMPANY, 40, AT));
    }

    @Test
    void noCopiesIsNoHandout() {
        assertThatThrownBy(() -> new RegulationDistribution("o1", "d1", RecipientType.OWNER, null, 0, null, "admin",
                AT)).isInstanceOf(InvalidInputException.class);
    }
}
