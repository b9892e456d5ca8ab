package io.estatewatch.renovation.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies shaped like the reference year's. */
public final class Bodies {

    private Bodies() {
    }

    /** A fresh programme code, so that tests sharing the database do not meet. */
    public static String programmeCode() {
        return "2020-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A basic-type project of one new estate, with a budget of 30 million yuan, planned on 2 March 2020. */
    public static Map<String, Object> plan(String programme) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programme", programme);
        body.put("estateIds", List.of("estate-" + UUID.randomUUID()));
        body.put("type", "BASIC");
        body.put("floorAreaM2", 152000);
        body.put("households", 1420);
        body.put("buildings", 18);
        body.put("budget", 30000000);
        body.put("centralSubsidy", true);
        body.put("plannedAt", "2020-03-02T09:00:00+08:00");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
