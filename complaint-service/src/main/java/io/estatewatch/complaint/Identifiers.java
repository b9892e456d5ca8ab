package io.estatewatch.complaint;

import java.security.SecureRandom;

/**
 * Identifiers and keyed hashes written in base32 (RFC 4648, lower case, no padding): its alphabet has no 0, 1, 8 or 9,
 * so no id or hash this service puts into an event can ever look like a phone number (1[3-9]\d{9}) to a scanner
 * looking for personal data. A UUID's hex digits can, about once in a thousand.
 */
public final class Identifiers {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Identifiers() {
    }

    /** 128 random bits as 26 characters. */
    public static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    public static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET[(buffer >> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET[(buffer << (5 - bits)) & 0x1F]);
        }
        return text.toString();
    }
}
