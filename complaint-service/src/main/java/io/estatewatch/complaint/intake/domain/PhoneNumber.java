package io.estatewatch.complaint.intake.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland China phone number: a mobile number (11 digits, 1[3-9]…, optionally after +86 / 0086) or a landline
 * (an area code 0xx / 0xxx and a 7- or 8-digit local number, or the local number alone). Spaces, hyphens and
 * parentheses are separators.
 *
 * @param digits the number in one canonical form: 11 mobile digits, or the landline's area code and number
 */
public record PhoneNumber(Kind kind, String areaCode, String digits) {

    public enum Kind { MOBILE, LANDLINE }

    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86|0086)?(1[3-9]\\d{9})");
    /** Area codes: 010 and 02x (with 8-digit numbers), or 0 and three digits from 03xx on. */
    private static final Pattern LANDLINE = Pattern.compile("(?:\\+?86|0086)?(0(?:10|2\\d)|0[3-9]\\d{2})?([2-9]\\d{6,7})");

    /** The number {@code raw} stands for, or empty when it is no mainland mobile or landline number. */
    public static Optional<PhoneNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.strip().replaceAll("[\\s\\-()（）]", "");
        Matcher mobile = MOBILE.matcher(compact);
        if (mobile.matches()) {
            return Optional.of(new PhoneNumber(Kind.MOBILE, null, mobile.group(1)));
        }
        Matcher landline = LANDLINE.matcher(compact);
        if (landline.matches()) {
            String area = landline.group(1);
            // Beijing (010) and the 02x cities have 8-digit numbers; the others 7 or 8 digits.
            if (area != null && area.length() == 3 && landline.group(2).length() != 8) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(Kind.LANDLINE, area, (area == null ? "" : area) + landline.group(2)));
        }
        return Optional.empty();
    }

    /** 138****1234 for a mobile number; 0571-****4321 or ****4321 for a landline. */
    public String masked() {
        if (kind == Kind.MOBILE) {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        String tail = digits.substring(digits.length() - 4);
        return areaCode == null ? "****" + tail : areaCode + "-****" + tail;
    }

    /** How the number is shown to those who may see it: 13800001234, 0571-87654321. */
    public String formatted() {
        return kind == Kind.LANDLINE && areaCode != null ? areaCode + "-" + digits.substring(areaCode.length()) : digits;
    }
}
