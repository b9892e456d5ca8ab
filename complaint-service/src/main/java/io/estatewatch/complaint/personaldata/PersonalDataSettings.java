package io.estatewatch.complaint.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code estatewatch.complaint.pii.*}: the keys that protect complainants' personal data. Production reads them from
 * the environment (a Kubernetes Secret); only the local profile has keys of its own, which protect nothing real.
 *
 * @param keyId         names the encryption key inside every sealed value, so that keys can be rotated
 * @param encryptionKey base64 of 32 random bytes (AES-256-GCM)
 * @param hashKey       base64 of at least 32 random bytes (HMAC-SHA256 of phone numbers)
 */
@ConfigurationProperties("estatewatch.complaint.pii")
public record PersonalDataSettings(@DefaultValue("k1") String keyId, String encryptionKey, String hashKey) {

    @Override
    public String toString() {
        return "PersonalDataSettings[keyId=" + keyId + ", encryptionKey=****, hashKey=****]";
    }
}
