package io.estatewatch.reporting.summary.domain;

import java.util.Map;

/**
 * The summary of api.md ({@code GET /api/v1/reports/summary}): a public contract, so its members, their names and
 * their order are exactly the documented ones; {@code formula} and {@code asOf} are additions.
 */
public record Summary(Period period, Complaints complaints, Filings filings, Renovation renovation,
                      Assessment assessment, Map<String, Number> supplies, Outreach outreach, String formula,
                      String asOf) {

    public record Period(String from, String to) {
    }

    public record Complaints(long total, Map<String, Long> byChannel, Map<String, Long> byCategory, Rates rates,
                             long overdue) {
    }

    public record Rates(Double response, Double resolution, Double satisfaction) {
    }

    public record Filings(Map<String, Long> completedByType, Map<String, Long> submittedByType) {
    }

    public record Renovation(long projects, Number floorAreaM2, long households, long centralSubsidyProjects) {
    }

    public record Assessment(long estatesScored, long below60, long interviews, long rectificationsOrdered,
                             long rectificationsVerified) {
    }

    public record Outreach(long regulationCopies) {
    }
}
