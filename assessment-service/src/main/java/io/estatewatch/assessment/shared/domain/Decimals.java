package io.estatewatch.assessment.shared.domain;

import java.math.BigDecimal;

/** Scores and quantities as people write them: 55, 87.5, never 55.00 or 1E+2. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal normalise(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String plain(BigDecimal points) {
        return normalise(points).toPlainString();
    }
}
