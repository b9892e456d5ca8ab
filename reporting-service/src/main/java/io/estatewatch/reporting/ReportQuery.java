package io.estatewatch.reporting;

/**
 * The query parameters every report takes, bound from the request: {@code from} and {@code to} (dates, both
 * included), {@code street} (a filter; a street officer's own streets otherwise), {@code asOf} (the moment the report
 * looks from), {@code formula} (the version of the three rates) and {@code district} (the tenant).
 */
public record ReportQuery(String from, String to, String street, String asOf, String formula, String district) {
}
