package io.estatewatch.reporting.complaint.domain;

/**
 * The three rates (三率) of a set of complaints and the counts they come from. A rate is null when its denominator
 * is zero: no complaint, no rate.
 *
 * @param considered   complaints in the denominators of response and resolution (received, not merged)
 * @param responded    of those, answered by the assignee
 * @param resolved     of those, handled and not reopened since
 * @param rated        of those, with a citizen's callback
 * @param satisfied    of the rated, whose latest rating was satisfied or basically satisfied
 */
public record Rates(String formula, Double response, Double resolution, Double satisfaction,
                    long considered, long responded, long resolved, long rated, long satisfied) {

    static Double ratio(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
