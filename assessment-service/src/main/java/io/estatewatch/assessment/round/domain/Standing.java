package io.estatewatch.assessment.round.domain;

/**
 * An estate's place in a round's results: its rank among the estates of its street and in the whole district (equal
 * totals share a rank, 1, 2, 2, 4).
 */
public record Standing(Scorecard scorecard, int streetRank, int districtRank, boolean belowThreshold) {
}
