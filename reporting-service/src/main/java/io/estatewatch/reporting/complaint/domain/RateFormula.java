package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A versioned definition of the three rates (三率). A change of definition is a new version; a report names the
 * version it used and an old version stays available, so that old reports can be reproduced.
 */
public interface RateFormula {

    /** The version as reports name it, e.g. {@code v1}. */
    String version();

    /** The rates of {@code complaints} as they stood at {@code moment}. */
    Rates rates(Collection<ComplaintRow> complaints, Instant moment);

    /** Every formula there is, by version. */
    Map<String, RateFormula> VERSIONS = versions(new RateFormulaV1());

    /** The current formula. */
    RateFormula CURRENT = VERSIONS.get("v1");

    /** The formula of {@code version} (null or blank: the current one); an unknown version is a 400. */
    static RateFormula of(String version) {
        if (version == null || version.isBlank()) {
            return CURRENT;
        }
        RateFormula formula = VERSIONS.get(version.trim().toLowerCase(Locale.ROOT));
        if (formula == null) {
            throw InvalidInputException.of("formula", "must be one of " + String.join(", ", VERSIONS.keySet()));
        }
        return formula;
    }

    private static Map<String, RateFormula> versions(RateFormula... formulas) {
        Map<String, RateFormula> map = new LinkedHashMap<>();
        for (RateFormula formula : formulas) {
            map.put(formula.version(), formula);
        }
        return Map.copyOf(map);
    }
}
