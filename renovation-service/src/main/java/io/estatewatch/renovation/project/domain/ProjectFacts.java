package io.estatewatch.renovation.project.domain;

import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a project was planned as: the estates it renovates (one or more), the national type (基础类/完善类/提升类),
 * their floor area and households (what the reports count), buildings and budget.
 *
 * @param buildings 0 when not given
 * @param budget    yuan; null when not given, and then nothing caps the funding
 * @param plannedAt when the project was planned: the reports count it in that period
 */
public record ProjectFacts(
        String id,
        String districtId,
        String programme,
        String programmeTitle,
        List<String> estateIds,
        RenovationType type,
        double floorAreaM2,
        int households,
        int buildings,
        BigDecimal budget,
        boolean centralSubsidy,
        Instant plannedAt) {

    public static final int MAX_ESTATES = 50;
    public static final double MAX_FLOOR_AREA_M2 = 100_000_000;

    public ProjectFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        List<FieldProblem> problems = new ArrayList<>();
        if (estateIds == null || estateIds.isEmpty()) {
            problems.add(new FieldProblem("estateIds", "must name at least one estate"));
        } else {
            if (estateIds.size() > MAX_ESTATES) {
                problems.add(new FieldProblem("estateIds", "must name at most " + MAX_ESTATES + " estates"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < estateIds.size(); i++) {
                String estateId = estateIds.get(i);
                if (estateId == null || estateId.isBlank()) {
                    problems.add(new FieldProblem("estateIds[" + i + "]", "must not be blank"));
                } else if (!seen.add(estateId)) {
                    problems.add(new FieldProblem("estateIds[" + i + "]", "names estate " + estateId + " twice"));
                }
            }
        }
        if (type == null) {
            problems.add(new FieldProblem("type", "is required"));
        }
        if (!(floorAreaM2 > 0) || floorAreaM2 > MAX_FLOOR_AREA_M2) {
            problems.add(new FieldProblem("floorAreaM2", "must be greater than 0 and at most " + (long) MAX_FLOOR_AREA_M2));
        }
        if (households <= 0) {
            problems.add(new FieldProblem("households", "must be greater than 0"));
        }
        if (buildings < 0) {
            problems.add(new FieldProblem("buildings", "must not be negative"));
        }
        if (plannedAt == null) {
            problems.add(new FieldProblem("plannedAt", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The project is not valid: see errors for each field.", problems);
        }
        estateIds = List.copyOf(estateIds);
        budget = budget == null ? null : Money.positive("budget", budget);
    }
}
