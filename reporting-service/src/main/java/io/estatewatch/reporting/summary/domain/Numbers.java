package io.estatewatch.reporting.summary.domain;

import java.math.BigDecimal;

/** Numbers as reports print them. */
public final class Numbers {

    private Numbers() {
    }

    /** An integral value as a long (446000, not 446000.0), any other as a plain decimal without trailing zeros. */
    public static Number plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            try {
                return stripped.longValueExact();
            } catch (ArithmeticException tooLarge) {
                return stripped.setScale(0);
            }
        }
        return stripped;
    }
}
