package io.estatewatch.complaint.personaldata;

import io.estatewatch.complaint.Identifiers;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Keeps complainants' names and phone numbers unreadable at rest, with the JDK's AES-GCM (256-bit key, a random
 * 96-bit nonce per value, 128-bit tag): a stored value is {@code <keyId>:<base64(nonce ‖ ciphertext ‖ tag)>}, so a
 * later key can be told from this one. The keyed hash (HMAC-SHA256, another key) of a phone number lets duplicates
 * be found without anyone reading the number; it is what events carry, besides the masked number.
 */
public final class PersonalDataProtection {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;

    /**
     * @param encryptionKey 32 bytes (AES-256)
     * @param hashKey       at least 32 bytes, different from the encryption key
     */
    public PersonalDataProtection(String keyId, byte[] encryptionKey, byte[] hashKey) {
        if (keyId == null || keyId.isBlank() || keyId.contains(":")) {
            throw new IllegalArgumentException("The key id must be a non-blank word without ':'");
        }
        if (encryptionKey == null || encryptionKey.length != 32) {
            throw new IllegalArgumentException("The personal-data encryption key must be 32 bytes (AES-256), was "
                    + (encryptionKey == null ? "missing" : encryptionKey.length + " bytes"));
        }
        if (hashKey == null || hashKey.length < 32) {
            throw new IllegalArgumentException("The personal-data hash key must be at least 32 bytes, was "
                    + (hashKey == null ? "missing" : hashKey.length + " bytes"));
        }
        if (Arrays.equals(encryptionKey, hashKey)) {
            throw new IllegalArgumentException("The personal-data hash key must differ from the encryption key");
        }
        this.keyId = keyId;
        this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
        this.hashKey = new SecretKeySpec(hashKey, "HmacSHA256");
    }

    /** Reads a base64 key from configuration, naming the property when it is missing or not base64. */
    public static byte[] decodeKey(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set: complainants' personal data cannot be stored "
                    + "without it. Give a base64 key from the environment or a Kubernetes Secret (see the README).");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64", e);
        }
    }

    /** The sealed value, or null for null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return keyId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    /**
     * The plain value of a sealed one, or null for null.
     *
     * @throws IllegalStateException when it was sealed with another key or altered
     */
    public String decrypt(String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        if (colon < 0 || !sealed.substring(0, colon).equals(keyId)) {
            throw new IllegalStateException("A personal-data value was sealed with a key other than '" + keyId + "'");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A personal-data value cannot be decrypted: it was altered or the key is wrong", e);
        }
    }

    /**
     * The keyed hash of a canonical phone number, in base32 (52 characters), so that it never looks like a phone number
     * itself; null for null.
     */
    public String phoneHash(String canonicalPhone) {
        return canonicalPhone == null ? null : Identifiers.base32(hmac("phone", List.of(canonicalPhone)));
    }

    /** A keyed fingerprint of several values (hex), to compare two requests without keeping their personal data. */
    public String fingerprint(List<String> values) {
        return HexFormat.of().formatHex(hmac("fingerprint", values));
    }

    private byte[] hmac(String purpose, List<String> values) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            for (String value : values) {
                // Length-prefixed, so that ("ab","c") and ("a","bc") differ.
                byte[] bytes = Objects.toString(value, "\u0000").getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
