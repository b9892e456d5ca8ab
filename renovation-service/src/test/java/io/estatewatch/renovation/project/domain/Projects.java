package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Projects shaped like the reference year's, for the domain tests. */
final class Projects {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant PLANNED_AT = Instant.parse("2020-03-02T01:00:00Z");
    static final Instant NOW = Instant.parse("2020-12-01T02:00:00Z");

    private Projects() {
    }

    static ProjectFacts facts(BigDecimal budget, boolean centralSubsidy) {
        return new ProjectFacts("p-1", "district-1", "2020", "《市区2020年老旧小区改造实施方案》", List.of("estate-1"),
                RenovationType.BASIC, 152_000, 1_420, 18, budget, centralSubsidy, PLANNED_AT);
    }

    static RenovationProject planned() {
        return planned(Map.of());
    }

    static RenovationProject planned(Map<Milestone, LocalDate> schedule) {
        RenovationProject project = RenovationProject.plan(facts(new BigDecimal("30000000"), true), schedule, SHANGHAI, NOW);
        project.takeEvents();
        return project;
    }

    static Instant day(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(SHANGHAI).toInstant();
    }
}
