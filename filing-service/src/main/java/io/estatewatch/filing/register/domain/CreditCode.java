package io.estatewatch.filing.register.domain;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) as GB 32100-2015 defines it: 18 characters from the alphabet
 * {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, S, V, Z), the last one a check character computed from the other 17.
 *
 * <p>The check: each of the first 17 characters has the value of its position in the alphabet; their sum weighted
 * by {@code 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28} gives {@code 31 - (sum mod 31)}, and 31
 * is written {@code 0}.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    public CreditCode {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException("'" + value + "' " + problem);
        });
    }

    /**
     * Reads a code as people type it (surrounding blanks and lower case are forgiven).
     *
     * @throws InvalidInputException on {@code field} when the code is not a valid GB 32100 code, saying why
     */
    public static CreditCode parse(String field, String raw) {
        String normalized = normalize(raw);
        Optional<String> problem = problemWith(normalized);
        if (problem.isPresent()) {
            throw InvalidInputException.of(field, problem.get());
        }
        return new CreditCode(normalized);
    }

    /** What is wrong with {@code code} as a GB 32100 code, or empty when it is valid. */
    public static Optional<String> problemWith(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        if (code.length() != LENGTH) {
            return Optional.of("must be 18 characters long (GB 32100), not " + code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of("has '" + c + "' at position " + (i + 1)
                        + ", which is not in the GB 32100 alphabet 0-9 A-H J-N P-R T-U W-Y");
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        if (code.charAt(LENGTH - 1) != expected) {
            return Optional.of("has the check character '" + code.charAt(LENGTH - 1)
                    + "' where GB 32100 requires '" + expected + "'");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters of a code. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
