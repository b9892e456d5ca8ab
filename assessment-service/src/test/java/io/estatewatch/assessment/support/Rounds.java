package io.estatewatch.assessment.support;

import io.estatewatch.assessment.support.Api.Reply;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.estatewatch.assessment.support.Api.ADMIN;

/** Rounds opened and scored through the API, against the default checklist. */
public final class Rounds {

    public static final String OPENED_AT = "2022-03-01T09:00:00+08:00";
    public static final String SCORED_AT = "2022-03-10T10:00:00+08:00";

    /** Item scores that lose 45 of the 100 points: SAN-01, SAN-02, FIRE-01, ORD-01 and ORD-02 at 0, FAC-01 at 1. */
    public static final List<Map<String, Object>> FIFTY_FIVE = List.of(
            Map.of("code", "SAN-01", "score", 0, "note", "垃圾满地"),
            Map.of("code", "SAN-02", "score", 0),
            Map.of("code", "FIRE-01", "score", 0, "photos", List.of(Map.of("name", "lane.jpg", "contentType", "image/jpeg"))),
            Map.of("code", "ORD-01", "score", 0),
            Map.of("code", "ORD-02", "score", 0),
            Map.of("code", "FAC-01", "score", 1));

    private final Api api;

    public Rounds(Api api) {
        this.api = api;
    }

    /** A round of a name of its own over the estates; answers its id. */
    public String open(String... estateIds) {
        return api.post(ADMIN, "/api/v1/assessment/rounds", Map.of("name", "2022-Q1-" + UUID.randomUUID(),
                "checklistVersion", "civilised-city-v1", "openedAt", OPENED_AT, "estateIds", List.of(estateIds)))
                .is(201).string("/id");
    }

    /** Scores the estate with the item scores. */
    public Reply score(String round, String estateId, List<Map<String, Object>> items) {
        return api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores",
                Map.of("estateId", estateId, "items", items, "at", SCORED_AT)).is(201);
    }

    /** Scores the estate at {@code total}, an integer, by taking the lost points from SAN-01 (10) and SAN-02 (8). */
    public Reply score(String round, String estateId, int total) {
        int lost = 100 - total;
        if (lost > 18) {
            throw new IllegalArgumentException("Use FIFTY_FIVE or item scores for totals under 82");
        }
        int fromFirst = Math.min(lost, 10);
        return score(round, estateId, List.of(Map.of("code", "SAN-01", "score", 10 - fromFirst),
                Map.of("code", "SAN-02", "score", 8 - (lost - fromFirst))));
    }

    public void publish(String round) {
        api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/publication",
                Map.of("at", "2022-04-01T09:00:00+08:00")).is(200);
    }
}
