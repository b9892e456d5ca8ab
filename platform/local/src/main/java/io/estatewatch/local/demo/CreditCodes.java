package io.estatewatch.local.demo;

import java.util.Random;

/**
 * Unified social credit codes (统一社会信用代码) that pass the GB 32100-2015 check, for the demo's companies: {@code 91}
 * (registered with market regulation, an enterprise), a six-digit administrative division, a nine-character
 * organisation code with its own GB 11714 check character, and the GB 32100 check character.
 */
final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {
    }

    /** A valid code in {@code division} (a six-digit administrative division code such as 330106). */
    static String next(Random random, String division) {
        if (!division.matches("\\d{6}")) {
            throw new IllegalArgumentException("an administrative division has six digits: " + division);
        }
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organisation.append((char) ('0' + random.nextInt(10)));
        }
        organisation.append(organisationCheck(organisation.toString()));
        String first17 = "91" + division + organisation;
        return first17 + check(first17);
    }

    /** The GB 32100 check character of the first 17 characters of a code. */
    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the GB 32100 alphabet");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Whether {@code code} is 18 characters of the GB 32100 alphabet ending in its check character. */
    static boolean valid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return false;
            }
        }
        return check(code.substring(0, 17)) == code.charAt(17);
    }

    /** The GB 11714 check character of an eight-digit organisation code: 10 is written X, 11 is written 0. */
    static char organisationCheck(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(eightDigits.charAt(i), 10) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
