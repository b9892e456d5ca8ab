package io.estatewatch.renovation.project.domain;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money in yuan (元), kept to the fen (two decimals). */
public final class Money {

    /** Far above any estate renovation budget; catches a misplaced unit or a typo. */
    public static final BigDecimal MAX = new BigDecimal("1000000000000");

    private Money() {
    }

    /** A positive amount of at most two decimals, with scale 2; otherwise an invalid {@code field}. */
    public static BigDecimal positive(String field, BigDecimal amount) {
        if (amount == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (amount.signum() <= 0) {
            throw InvalidInputException.of(field, "must be greater than 0");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of(field, "must have at most two decimals (yuan to the fen)");
        }
        if (amount.compareTo(MAX) > 0) {
            throw InvalidInputException.of(field, "must be at most " + MAX.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
