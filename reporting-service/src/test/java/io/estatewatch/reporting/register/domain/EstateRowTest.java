package io.estatewatch.reporting.register.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.estatewatch.reporting.support.Rows.at;
import static org.assertj.core.api.Assertions.assertThat;

class EstateRowTest {

    EstateRow estate = new EstateRow("e1", "d",
            List.of(new EstateRow.Entry("旧名", "新华街道", "社区", 100, 1, at("2020-01-01T00:00")),
                    new EstateRow.Entry("新名", "东城街道", "社区", 100, 1, at("2022-05-01T00:00"))),
            List.of(new EstateRow.ManagementChange("co-1", true, at("2020-01-02T00:00")),
                    new EstateRow.ManagementChange("co-1", false, at("2022-02-01T00:00")),
                    new EstateRow.ManagementChange("co-2", true, at("2022-03-01T00:00"))),
            null);

    @Test
    void theRegisterEntryAndTheManagingCompanyReadAsTheyStoodAtEachMoment() {
        assertThat(estate.entryAt(at("2022-04-01T00:00")).orElseThrow().street()).isEqualTo("新华街道");
        assertThat(estate.entryAt(at("2022-06-01T00:00")).orElseThrow().name()).isEqualTo("新名");
        assertThat(estate.entryAt(at("2019-01-01T00:00")).orElseThrow().name()).as("before registration").isEqualTo("旧名");
        assertThat(estate.companyAt(at("2021-01-01T00:00"))).contains("co-1");
        assertThat(estate.companyAt(at("2022-02-15T00:00"))).isEmpty();
        assertThat(estate.companyAt(at("2022-03-15T00:00"))).contains("co-2");
    }
}
