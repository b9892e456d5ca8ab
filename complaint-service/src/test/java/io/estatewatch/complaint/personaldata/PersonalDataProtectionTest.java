package io.estatewatch.complaint.personaldata;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataProtectionTest {

    static final byte[] AES = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HMAC = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    static final PersonalDataProtection PROTECTION = new PersonalDataProtection("k1", AES, HMAC);

    @Test
    void aSealedValueOpensToTheSameText() {
        String sealed = PROTECTION.encrypt("13812345678");

        assertThat(sealed).startsWith("k1:").doesNotContain("13812345678");
        assertThat(PROTECTION.decrypt(sealed)).isEqualTo("13812345678");
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        assertThat(PROTECTION.encrypt("张三")).isNotEqualTo(PROTECTION.encrypt("张三"));
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        String sealed = PROTECTION.encrypt("张三");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> PROTECTION.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        byte[] otherAes = Arrays.copyOf(AES, 32);
        otherAes[0] = 'x';
        PersonalDataProtection other = new PersonalDataProtection("k1", otherAes, HMAC);

        assertThatThrownBy(() -> other.decrypt(PROTECTION.encrypt("张三"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePhoneHashIsStableAndDependsOnTheKey() {
        PersonalDataProtection otherKey = new PersonalDataProtection("k1", AES,
                "another-hmac-key-another-hmac-key".getBytes(StandardCharsets.US_ASCII));

        assertThat(PROTECTION.phoneHash("13812345678")).isEqualTo(PROTECTION.phoneHash("13812345678")).hasSize(52).matches("[a-z2-7]+");
        assertThat(PROTECTION.phoneHash("13812345678")).isNotEqualTo(otherKey.phoneHash("13812345678"));
    }

    @Test
    void fingerprintsTellFieldBoundariesApart() {
        assertThat(PROTECTION.fingerprint(List.of("ab", "c"))).isNotEqualTo(PROTECTION.fingerprint(List.of("a", "bc")));
    }

    @Test
    void missingOrShortKeysAreRefused() {
        assertThatThrownBy(() -> new PersonalDataProtection("k1", new byte[16], HMAC)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PersonalDataProtection("k1", AES, AES)).hasMessageContaining("differ");
        assertThatThrownBy(() -> PersonalDataProtection.decodeKey("", "estatewatch.complaint.pii.encryption-key"))
                .hasMessageContaining("estatewatch.complaint.pii.encryption-key is not set");
    }
}
