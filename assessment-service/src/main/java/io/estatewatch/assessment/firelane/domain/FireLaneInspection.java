package io.estatewatch.assessment.firelane.domain;

import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.FireLaneInspected;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inspection of an estate's fire lanes (消防车通道): are markings (标线), signs (标志) and boards (标识) present
 * and to standard, and what quality issues were seen. The estate has a gap while its latest inspection finds any of
 * them missing or below standard.
 */
public record FireLaneInspection(String id, String districtId, EstateParties estate, LaneFeature markings,
                                 LaneFeature signs, LaneFeature boards, List<String> qualityIssues, String note,
                                 String inspector, Instant at) {

    public static final String MARKINGS = "MARKINGS";
    public static final String SIGNS = "SIGNS";
    public static final String BOARDS = "BOARDS";

    /** @throws InvalidInputException when something absent is said to be to standard */
    public FireLaneInspection {
        qualityIssues = qualityIssues == null ? List.of() : List.copyOf(qualityIssues);
        List<FieldProblem> problems = new ArrayList<>();
        features(markings, signs, boards).forEach((name, feature) -> {
            if (feature.toStandard() && !feature.present()) {
                problems.add(new FieldProblem(name.toLowerCase(Locale.ROOT) + ".toStandard",
                        "cannot be true when it is not present"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The inspection contradicts itself.", problems);
        }
    }

    /** What the inspection publishes. */
    public FireLaneInspected event() {
        return new FireLaneInspected(districtId, id, estate.estateId(), markings.ok(), signs.ok(), boards.ok(),
                qualityIssues, at);
    }

    /** What is missing or below standard: MARKINGS, SIGNS, BOARDS. */
    public List<String> gaps() {
        return features(markings, signs, boards).entrySet().stream().filter(e -> !e.getValue().ok())
                .map(Map.Entry::getKey).toList();
    }

    public boolean complete() {
        return gaps().isEmpty();
    }

    private static Map<String, LaneFeature> features(LaneFeature markings, LaneFeature signs, LaneFeature boards) {
        Map<String, LaneFeature> features = new LinkedHashMap<>();
        features.put(MARKINGS, markings);
        features.put(SIGNS, signs);
        features.put(BOARDS, boards);
        return features;
    }
}
